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
  AuthService,
  CacheService,
  DatabaseService,
  LoggerService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { MetricsService } from '@backstage/backend-plugin-api/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  PolicyEngine,
  RiskModelService,
} from '@guardrails/plugin-governance-node';
import { AppRegistryService } from './appRegistry/AppRegistryService';
import { DatabaseAppRegistryStore } from './appRegistry/DatabaseAppRegistryStore';
import { DefaultAppRegistryService } from './appRegistry/DefaultAppRegistryService';
import { ApprovalService } from './approvals/ApprovalService';
import { DatabaseApprovalStore } from './approvals/DatabaseApprovalStore';
import { SeparationOfDuties } from './approvals/SeparationOfDuties';
import { DefaultApprovalService } from './approvals/DefaultApprovalService';
import { AttestationService } from './attestations/AttestationService';
import { DatabaseAttestationStore } from './attestations/DatabaseAttestationStore';
import { DefaultAttestationService } from './attestations/DefaultAttestationService';
import { AuditService } from './audit/AuditService';
import { DatabaseAuditCompleteness } from './audit/DatabaseAuditCompleteness';
import { DatabaseAuditLogStore } from './audit/DatabaseAuditLogStore';
import { DefaultAuditService } from './audit/DefaultAuditService';
import { createAuditWitness } from './audit/createAuditWitness';
import { GovernanceBackendOptions } from './config';
import { DashboardService } from './dashboard/DashboardService';
import { DatabaseDashboardHistoryStore } from './dashboard/DatabaseDashboardHistoryStore';
import { DatabaseDashboardStore } from './dashboard/DatabaseDashboardStore';
import { DefaultDashboardService } from './dashboard/DefaultDashboardService';
import { governanceTransaction } from './database/governanceTransaction';
import { openGovernanceDatabase } from './database/migrateDatabase';
import { EntityAccess } from './catalog/EntityAccess';
import { DatabaseEvidenceStore } from './evidence/DatabaseEvidenceStore';
import { DefaultEvidenceService } from './evidence/DefaultEvidenceService';
import { EvidenceService } from './evidence/EvidenceService';
import { DatabaseExceptionStore } from './exceptions/DatabaseExceptionStore';
import { DefaultExceptionService } from './exceptions/DefaultExceptionService';
import { ExceptionService } from './exceptions/ExceptionService';
import { DatabaseKpiStore } from './kpis/DatabaseKpiStore';
import { DefaultKpiService } from './kpis/DefaultKpiService';
import { KpiService } from './kpis/KpiService';
import { DefaultLifecycleService } from './lifecycle/DefaultLifecycleService';
import { LifecycleService } from './lifecycle/LifecycleService';
import { DefaultGovernanceMetrics } from './metrics/DefaultGovernanceMetrics';
import { DefaultPolicyService } from './policy/DefaultPolicyService';
import { PolicyService } from './policy/PolicyService';
import { DefaultPostureService } from './posture/DefaultPostureService';
import { PostureEvaluator } from './posture/PostureEvaluator';
import { PostureService } from './posture/PostureService';
import { describeSyncInterval } from './posture/describeSyncInterval';
import { DatabaseProvenanceStore } from './registration/DatabaseProvenanceStore';
import { DefaultRegistrationService } from './registration/DefaultRegistrationService';
import { RegistrationService } from './registration/RegistrationService';
import { DatabaseSbomStore } from './sbom/DatabaseSbomStore';
import { DefaultSbomService } from './sbom/DefaultSbomService';
import { SbomService } from './sbom/SbomService';
import { DefaultReconciliationService } from './reconciliation/DefaultReconciliationService';
import { DatabaseReconciliationStore } from './reconciliation/ReconciliationStore';
import { StatementSigner } from './signing/Signer';
import { SigstoreStatementSigner } from './signing/SigstoreStatementSigner';
import { loadSigningKeys } from './signing/loadSigningKeys';

/** The services the governance plugin builds on. */
export interface GovernanceDependencies {
  database: DatabaseService;
  cache: CacheService;
  userInfo: UserInfoService;
  auth: AuthService;
  logger: LoggerService;
  metrics: MetricsService;
  permissions: PermissionsService;
  notifications: NotificationService;
  catalog: CatalogService;
  riskModel: RiskModelService;
  policyEngine: PolicyEngine;
}

/** One service per area of the governance backend. */
export interface GovernanceServices {
  /** Who may see an entity's governance data: whoever may read it. */
  entityAccess: EntityAccess;
  posture: PostureService;
  policy: PolicyService;
  exceptions: ExceptionService;
  approvals: ApprovalService;
  lifecycle: LifecycleService;
  attestations: AttestationService;
  evidence: EvidenceService;
  registration: RegistrationService;
  /** Declared versus actual: apps' SBOMs and the facts derived from them. */
  sbom: SbomService;
  dashboard: DashboardService;
  /** The program's KPIs, ROI and the facts behind them. */
  kpis: KpiService;
  appRegistry: AppRegistryService;
  audit: AuditService;
  /** The keyring that signs evidence and checkpoints. */
  signer: StatementSigner;
  /** Keeps stored postures in step with the catalog. */
  reconciliation: DefaultReconciliationService;
  /** Governance metrics through Backstage's metrics service. */
  metrics: DefaultGovernanceMetrics;
}

/** Builds the governance services on one database, with their settings. */
export async function createGovernanceServices(
  deps: GovernanceDependencies,
  options: GovernanceBackendOptions,
): Promise<GovernanceServices> {
  const { auth, catalog, logger, notifications, userInfo } = deps;
  const db = await openGovernanceDatabase(deps.database);
  const auditLog = new DatabaseAuditLogStore(db);
  // Every change and its audit event commit in one transaction.
  const transaction = governanceTransaction(db);
  const appRegistryStore = new DatabaseAppRegistryStore(db);
  const provenance = new DatabaseProvenanceStore(db);
  const sboms = new DatabaseSbomStore(db);
  const keys = await loadSigningKeys(options.signing, { db, logger });
  const signer = new SigstoreStatementSigner(
    keys.privateKey,
    keys.keyId,
    keys.retired,
  );

  const separationOfDuties = new SeparationOfDuties({
    enabled: options.separationOfDuties.enabled,
    userInfo,
    appRegistry: appRegistryStore,
  });
  const exceptions = new DefaultExceptionService({
    store: new DatabaseExceptionStore(db),
    transaction,
    catalog,
    policyEngine: deps.policyEngine,
    maxDays: options.exceptions.maxDays,
    separationOfDuties,
  });
  const evidence = new DefaultEvidenceService({
    store: new DatabaseEvidenceStore(db),
    appRegistry: appRegistryStore,
    exceptions,
    provenance,
    signer,
    transaction,
  });
  const approvals = new DefaultApprovalService({
    store: new DatabaseApprovalStore(db),
    appRegistry: appRegistryStore,
    transaction,
    userInfo,
    notifications,
    catalog,
    roles: options.roles,
    slaHours: options.approvals.slaHours,
    separationOfDuties,
    // Evidence is signed when a request is approved, never when read. The
    // decision stands if signing fails; the next sync signs it.
    onApproved: request =>
      evidence
        .signForApproval(request)
        .catch(error =>
          logger.error(
            `Evidence of approval ${request.id} not signed yet, the next sync retries: ${error}`,
          ),
        ),
  });
  const attestations = new DefaultAttestationService({
    store: new DatabaseAttestationStore(db),
    appRegistry: appRegistryStore,
    transaction,
    userInfo,
    notifications,
    logger,
    cadenceDays: options.attestations.cadenceDays,
  });
  const audit = new DefaultAuditService({
    auditLog,
    signer,
    witness: createAuditWitness(options.audit),
    completeness: new DatabaseAuditCompleteness(db),
    uncoveredBoundMinutes: options.audit.uncoveredBoundMinutes,
    logger,
  });
  const entityAccess = new EntityAccess(catalog, auth, deps.permissions);
  const metrics = new DefaultGovernanceMetrics({
    metrics: deps.metrics,
    logger,
  });
  const evaluator = new PostureEvaluator({
    appRegistry: appRegistryStore,
    riskModel: deps.riskModel,
    policyEngine: deps.policyEngine,
    approvals,
    evidence,
    logger,
    metrics,
    sboms,
    modelSettings: options.modelSettings,
  });
  const reconciliation = new DefaultReconciliationService({
    catalog,
    auth,
    logger,
    appRegistry: appRegistryStore,
    evaluator,
    store: new DatabaseReconciliationStore(db),
    sboms,
    onRun: run => metrics.recordReconciliation(run),
  });
  const dashboardStore = new DatabaseDashboardStore(db);
  metrics.observe({ dashboard: dashboardStore, reconciliation });
  const posture = new DefaultPostureService({
    catalog,
    entityAccess,
    syncInterval: describeSyncInterval(options.schedules.sync),
    appRegistry: appRegistryStore,
    evaluator,
    exceptions,
    approvals,
    attestations,
    evidence,
  });
  const kpis = new DefaultKpiService({
    store: new DatabaseKpiStore(db),
    transaction,
    posture,
    catalog,
    auth,
    notifications,
    logger,
    cache: deps.cache,
    admins: options.roles.admin,
    settings: options.kpis,
  });
  return {
    entityAccess,
    posture,
    kpis,
    exceptions,
    approvals,
    attestations,
    evidence,
    audit,
    signer,
    reconciliation,
    metrics,
    policy: new DefaultPolicyService({
      catalog,
      riskModel: deps.riskModel,
      policyEngine: deps.policyEngine,
    }),
    lifecycle: new DefaultLifecycleService({
      appRegistry: appRegistryStore,
      approvals,
      transaction,
      catalog,
      auth,
      notifications,
      logger,
      inactivityDays: options.lifecycle.inactivityDays,
    }),
    registration: new DefaultRegistrationService({
      auth,
      catalog,
      provenance,
      transaction,
      posture,
      userInfo,
    }),
    sbom: new DefaultSbomService({
      auth,
      catalog,
      transaction,
      posture,
      userInfo,
    }),
    dashboard: new DefaultDashboardService({
      store: dashboardStore,
      history: new DatabaseDashboardHistoryStore(db),
      cache: deps.cache,
      catalog,
      auth,
      audit,
      reconciliation,
      kpis,
    }),
    appRegistry: new DefaultAppRegistryService({
      appRegistry: appRegistryStore,
    }),
  };
}
