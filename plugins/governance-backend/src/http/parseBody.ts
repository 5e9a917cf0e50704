import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { governanceAuditReadPermission } from '@guardrails/plugin-governance-common';
import { Request } from 'express';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { z } from 'zod/v4';

/** Parses a JSON body with a zod schema; a 400 names the first bad field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.map(String).join('.') || 'body';
    throw new InputError(`Request body field "${field}": ${issue.message}`);
  }
  return parsed.data;
}

/** Who did it, for the audit log: a user or service entity ref. */
export function actorOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user' && principal.userEntityRef) {
    return principal.userEntityRef;
  }
  return `service:${principal.subject ?? 'unknown'}`;
}

/** Throws NotAllowedError unless the permission framework allows the call. */
export async function requirePermission(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
  request:
    | { permission: BasicPermission }
    | { permission: ResourcePermission; resourceRef: string },
  refusal: string,
): Promise<void> {
  const [decision] = await permissions.authorize([request as any], {
    credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(refusal);
  }
}

/** A body field holding an entity ref, normalised to kind:namespace/name. */
export const entityRefField = z.string().transform((value, ctx) => {
  try {
    return stringifyEntityRef(parseEntityRef(value));
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: 'must be an entity ref like component:default/my-app',
    });
    return z.NEVER;
  }
});

/**
 * Authenticates a user or service and requires the audit-read permission:
 * organisation-wide data is for governance admins and auditors.
 */
export function auditReaderCheck(
  httpAuth: HttpAuthService,
  permissions: PermissionsService,
  refusal: string,
) {
  return async (req: Request) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await requirePermission(
      permissions,
      credentials,
      { permission: governanceAuditReadPermission },
      refusal,
    );
  };
}
