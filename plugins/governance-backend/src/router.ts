import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  ENFORCEMENT_STAGES,
  governancePolicyDryRunPermission,
} from '@guardrails/plugin-governance-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v4';
import { AppRegistryStore } from './appRegistry/AppRegistryStore';
import { AuditLogStore } from './audit/AuditLogStore';
import { createDashboardRoutes } from './dashboard/dashboardRoutes';
import { DashboardService } from './dashboard/DefaultDashboardService';
import { createApprovalRoutes } from './approvals/approvalRoutes';
import { auditorMiddleware } from './http/auditorMiddleware';
import { ApprovalService } from './approvals/ApprovalService';
import { createAttestationRoutes } from './attestations/attestationRoutes';
import { AuditCheckpointService } from './audit/DefaultAuditService';
import { AttestationService } from './attestations/AttestationService';
import { createAuditRoutes } from './audit/auditRoutes';
import { decidePromotion } from './posture/decidePromotion';
import { createEvidenceRoutes } from './evidence/evidenceRoutes';
import { EvidenceService } from './evidence/DefaultEvidenceService';
import { createLifecycleRoutes } from './lifecycle/lifecycleRoutes';
import { LifecycleService } from './lifecycle/LifecycleService';
import { createExceptionRoutes } from './exceptions/exceptionRoutes';
import { ExceptionService } from './exceptions/ExceptionService';
import { parseBody, requirePermission } from './http/parseBody';
import { PolicyService } from './policy/PolicyService';
import { PostureService } from './posture/PostureService';
import { createRegistrationRoutes } from './registration/registrationRoutes';
import { RegistrationService } from './registration/RegistrationService';

/** What the HTTP layer needs. */
export interface RouterOptions {
  auditor: AuditorService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  postureService: PostureService;
  policyService: PolicyService;
  exceptions: ExceptionService;
  approvals: ApprovalService;
  lifecycle: LifecycleService;
  attestations: AttestationService;
  evidence: EvidenceService;
  registration: RegistrationService;
  dashboard: DashboardService;
  apps: AppRegistryStore;
  auditLog: AuditLogStore;
  checkpoints: AuditCheckpointService;
  /** Longest an exception may last, in days. */
  maxExceptionDays: number;
}

function parseEntityRefParam(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(
      'Query parameter "entityRef" is required, e.g. entityRef=component:default/my-app',
    );
  }
  try {
    return stringifyEntityRef(parseEntityRef(value));
  } catch (error) {
    throw new InputError(
      `Query parameter "entityRef" is not a valid entity ref ("${value}"): expected kind:namespace/name, e.g. component:default/my-app`,
    );
  }
}

const evaluateBody = z.object({
  profile: z.record(z.string(), z.unknown(), {
    error: 'must be an object holding a governance profile',
  }),
  entity: z
    .object({
      apiVersion: z.string(),
      kind: z.string(),
      metadata: z.object({ name: z.string() }).loose(),
      spec: z.record(z.string(), z.unknown()).optional(),
    })
    .loose()
    .optional(),
});

const dryRunBody = z
  .object({
    pack: z.string().min(1).max(1_000_000).optional(),
    stageOverrides: z
      .array(
        z.object({
          packId: z.string().min(1),
          ruleId: z.string().min(1),
          stage: z.enum(ENFORCEMENT_STAGES),
        }),
      )
      .max(500)
      .optional(),
  })
  .refine(b => b.pack !== undefined || (b.stageOverrides?.length ?? 0) > 0, {
    message: 'give a candidate "pack" (YAML text) or "stageOverrides"',
  });

/** The governance REST API. Validates at the edge; logic lives in services. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, postureService, policyService } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  router.use(auditorMiddleware(options.auditor));

  router.get('/posture', async (req, res) => {
    const entityRef = parseEntityRefParam(req.query.entityRef);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(await postureService.getPosture(entityRef, { credentials }));
  });

  // For an app's own CI, with a static service token: may it go to
  // production now, and if not, why not.
  router.get('/promotion-gate', async (req, res) => {
    const entityRef = parseEntityRefParam(req.query.entityRef);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const posture = await postureService.getPosture(entityRef, { credentials });
    res.json(decidePromotion(posture));
  });

  // Risk and policy findings of a profile not (yet) in the catalog: the
  // template form's preview and the scaffolder use it.
  router.post('/profiles/evaluate', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const body = parseBody(evaluateBody, req.body);
    res.json(
      await policyService.evaluateProfile(body.profile, body.entity as any),
    );
  });

  router.get('/policies', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json({ packs: policyService.listPacks() });
  });

  router.post('/policies/dry-run', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await requirePermission(
      permissions,
      credentials,
      { permission: governancePolicyDryRunPermission },
      'Only governance admins may run policy dry runs',
    );
    const body = parseBody(dryRunBody, req.body);
    res.json(
      await policyService.dryRun(
        { packYaml: body.pack, stageOverrides: body.stageOverrides },
        { credentials },
      ),
    );
  });

  router.use(
    createExceptionRoutes({
      httpAuth,
      permissions,
      exceptions: options.exceptions,
      maxDays: options.maxExceptionDays,
    }),
  );
  router.use(
    createApprovalRoutes({
      httpAuth,
      permissions,
      approvals: options.approvals,
    }),
  );
  router.use(
    createLifecycleRoutes({
      httpAuth,
      permissions,
      lifecycle: options.lifecycle,
    }),
  );
  router.use(
    createAttestationRoutes({
      httpAuth,
      permissions,
      attestations: options.attestations,
    }),
  );
  router.use(createEvidenceRoutes({ httpAuth, evidence: options.evidence }));
  router.use(
    createDashboardRoutes({
      httpAuth,
      permissions,
      dashboard: options.dashboard,
      apps: options.apps,
    }),
  );
  router.use(
    createRegistrationRoutes({
      httpAuth,
      registration: options.registration,
    }),
  );
  router.use(
    createAuditRoutes({
      httpAuth,
      permissions,
      auditLog: options.auditLog,
      checkpoints: options.checkpoints,
    }),
  );

  return router;
}
