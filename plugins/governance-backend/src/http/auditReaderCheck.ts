import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { governanceAuditReadPermission } from '@guardrails/plugin-governance-common';
import { Request } from 'express';
import { requirePermission } from './requirePermission';

/**
 * Authenticates a user or service and requires the audit-read permission:
 * organisation-wide data is for governance admins and auditors.
 */
export function auditReaderCheck(
  httpAuth: HttpAuthService,
  permissions: PermissionsService,
  refusal: string,
) {
  // Any route's request: the typed router's carry typed query parameters.
  return async (req: Request<any, any, any, any>) => {
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
