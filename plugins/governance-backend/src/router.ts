import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import { addAppRegistryRoutes } from './appRegistry/appRegistryRoutes';
import { addApprovalRoutes } from './approvals/approvalRoutes';
import { addAttestationRoutes } from './attestations/attestationRoutes';
import { addAuditRoutes } from './audit/auditRoutes';
import { GovernanceServices } from './createGovernanceServices';
import { addDashboardRoutes } from './dashboard/dashboardRoutes';
import { addEvidenceRoutes } from './evidence/evidenceRoutes';
import { addExceptionRoutes } from './exceptions/exceptionRoutes';
import { auditorMiddleware } from './http/auditorMiddleware';
import { restateValidationErrors } from './http/restateValidationErrors';
import { createOpenApiRouter } from './schema/openapi';
import { addLifecycleRoutes } from './lifecycle/lifecycleRoutes';
import { addPolicyRoutes } from './policy/policyRoutes';
import { addPostureRoutes } from './posture/postureRoutes';
import { addRegistrationRoutes } from './registration/registrationRoutes';

/** What the HTTP layer needs: the request services and the area services. */
export interface RouterOptions {
  auditor: AuditorService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  services: GovernanceServices;
  /** Longest an exception may last, in days. */
  maxExceptionDays: number;
}

/** The governance REST API: each area's routes on the typed router. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, services } = options;
  // The typed router validates each request against src/schema/openapi.yaml
  // and takes handlers for the spec's routes only. The auditor sees every
  // change request, including those the validation refuses.
  const router = await createOpenApiRouter({
    middleware: [
      express.json({ limit: '1mb' }),
      auditorMiddleware(options.auditor),
    ],
  });

  addPostureRoutes(router, { httpAuth, posture: services.posture });
  addPolicyRoutes(router, { httpAuth, permissions, policy: services.policy });
  addExceptionRoutes(router, {
    httpAuth,
    permissions,
    exceptions: services.exceptions,
    entityAccess: services.entityAccess,
    maxDays: options.maxExceptionDays,
  });
  addApprovalRoutes(router, {
    httpAuth,
    permissions,
    approvals: services.approvals,
  });
  addLifecycleRoutes(router, {
    httpAuth,
    permissions,
    lifecycle: services.lifecycle,
  });
  addAttestationRoutes(router, {
    httpAuth,
    permissions,
    attestations: services.attestations,
    entityAccess: services.entityAccess,
  });
  addEvidenceRoutes(router, {
    httpAuth,
    entityAccess: services.entityAccess,
    evidence: services.evidence,
  });
  addDashboardRoutes(router, {
    httpAuth,
    permissions,
    dashboard: services.dashboard,
  });
  addAppRegistryRoutes(router, {
    httpAuth,
    permissions,
    appRegistry: services.appRegistry,
  });
  addRegistrationRoutes(router, {
    httpAuth,
    registration: services.registration,
  });
  addAuditRoutes(router, { httpAuth, permissions, audit: services.audit });
  router.use(restateValidationErrors());

  return router;
}
