/*
 * Copyright 2026 The Guardrails Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
import { CiTokenBinding } from './config';
import { GovernanceServices } from './createGovernanceServices';
import { addDashboardRoutes } from './dashboard/dashboardRoutes';
import { addEvidenceRoutes } from './evidence/evidenceRoutes';
import { addExceptionRoutes } from './exceptions/exceptionRoutes';
import { auditorMiddleware } from './http/auditorMiddleware';
import { addKpiRoutes } from './kpis/kpiRoutes';
import { restateValidationErrors } from './http/restateValidationErrors';
import { createOpenApiRouter } from './schema/openapi';
import { addLifecycleRoutes } from './lifecycle/lifecycleRoutes';
import { addPolicyRoutes } from './policy/policyRoutes';
import { addPostureRoutes } from './posture/postureRoutes';
import { addRegistrationRoutes } from './registration/registrationRoutes';
import { addSbomRoutes } from './sbom/sbomRoutes';
import { addKeyRoutes } from './signing/keyRoutes';

/** What the HTTP layer needs: the request services and the area services. */
export interface RouterOptions {
  auditor: AuditorService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  services: GovernanceServices;
  /** Longest an exception may last, in days. */
  maxExceptionDays: number;
  /** Apps' CI tokens and the apps each may act for. */
  ciTokens: readonly CiTokenBinding[];
}

const json = express.json({ limit: '1mb' });
const sbomJson = express.json({ limit: '10mb' });

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
      // An SBOM lists every package of an app; other bodies are small.
      (req, res, next) =>
        (req.path === '/apps/sbom' ? sbomJson : json)(req, res, next),
      auditorMiddleware(options.auditor),
    ],
  });

  addPostureRoutes(router, {
    httpAuth,
    posture: services.posture,
    ciTokens: options.ciTokens,
  });
  addPolicyRoutes(router, { httpAuth, permissions, policy: services.policy });
  addExceptionRoutes(router, {
    httpAuth,
    permissions,
    exceptions: services.exceptions,
    entityAccess: services.entityAccess,
    maxDays: options.maxExceptionDays,
    ciTokens: options.ciTokens,
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
    ciTokens: options.ciTokens,
  });
  addAttestationRoutes(router, {
    httpAuth,
    permissions,
    attestations: services.attestations,
    entityAccess: services.entityAccess,
    ciTokens: options.ciTokens,
  });
  addEvidenceRoutes(router, {
    httpAuth,
    entityAccess: services.entityAccess,
    evidence: services.evidence,
    ciTokens: options.ciTokens,
  });
  addDashboardRoutes(router, {
    httpAuth,
    permissions,
    dashboard: services.dashboard,
  });
  addKpiRoutes(router, {
    httpAuth,
    permissions,
    kpis: services.kpis,
    ciTokens: options.ciTokens,
  });
  addAppRegistryRoutes(router, {
    httpAuth,
    permissions,
    appRegistry: services.appRegistry,
  });
  addRegistrationRoutes(router, {
    httpAuth,
    registration: services.registration,
    ciTokens: options.ciTokens,
  });
  addSbomRoutes(router, {
    httpAuth,
    sbom: services.sbom,
    ciTokens: options.ciTokens,
  });
  addAuditRoutes(router, { httpAuth, permissions, audit: services.audit });
  addKeyRoutes(router, { signer: services.signer });
  router.use(restateValidationErrors());

  return router;
}
