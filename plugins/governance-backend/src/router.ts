import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { createAppRegistryRoutes } from './appRegistry/appRegistryRoutes';
import { createApprovalRoutes } from './approvals/approvalRoutes';
import { createAttestationRoutes } from './attestations/attestationRoutes';
import { createAuditRoutes } from './audit/auditRoutes';
import { GovernanceServices } from './createGovernanceServices';
import { createDashboardRoutes } from './dashboard/dashboardRoutes';
import { createEvidenceRoutes } from './evidence/evidenceRoutes';
import { createExceptionRoutes } from './exceptions/exceptionRoutes';
import { auditorMiddleware } from './http/auditorMiddleware';
import { createLifecycleRoutes } from './lifecycle/lifecycleRoutes';
import { createPolicyRoutes } from './policy/policyRoutes';
import { createPostureRoutes } from './posture/postureRoutes';
import { createRegistrationRoutes } from './registration/registrationRoutes';

/** What the HTTP layer needs: the request services and the area services. */
export interface RouterOptions {
  auditor: AuditorService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  services: GovernanceServices;
  /** Longest an exception may last, in days. */
  maxExceptionDays: number;
}

/** The governance REST API: one router per area, on shared middleware. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, services } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  router.use(auditorMiddleware(options.auditor));

  router.use(createPostureRoutes({ httpAuth, posture: services.posture }));
  router.use(
    createPolicyRoutes({ httpAuth, permissions, policy: services.policy }),
  );
  router.use(
    createExceptionRoutes({
      httpAuth,
      permissions,
      exceptions: services.exceptions,
      maxDays: options.maxExceptionDays,
    }),
  );
  router.use(
    createApprovalRoutes({
      httpAuth,
      permissions,
      approvals: services.approvals,
    }),
  );
  router.use(
    createLifecycleRoutes({
      httpAuth,
      permissions,
      lifecycle: services.lifecycle,
    }),
  );
  router.use(
    createAttestationRoutes({
      httpAuth,
      permissions,
      attestations: services.attestations,
    }),
  );
  router.use(createEvidenceRoutes({ httpAuth, evidence: services.evidence }));
  router.use(
    createDashboardRoutes({
      httpAuth,
      permissions,
      dashboard: services.dashboard,
    }),
  );
  router.use(
    createAppRegistryRoutes({
      httpAuth,
      permissions,
      appRegistry: services.appRegistry,
    }),
  );
  router.use(
    createRegistrationRoutes({
      httpAuth,
      registration: services.registration,
    }),
  );
  router.use(
    createAuditRoutes({ httpAuth, permissions, audit: services.audit }),
  );

  return router;
}
