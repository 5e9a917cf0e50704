import {
  AuthService,
  DatabaseService,
  LoggerService,
  SchedulerService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  PolicyEngine,
  RiskModelService,
  readGovernanceRoles,
  readRiskModelOptions,
} from '@guardrails/plugin-governance-node';
import { DatabaseApprovalStore } from './approvals/DatabaseApprovalStore';
import { DatabaseAppRegistryStore } from './appRegistry/DatabaseAppRegistryStore';
import { DatabaseAttestationStore } from './attestations/DatabaseAttestationStore';
import { DatabaseAuditLogStore } from './audit/DatabaseAuditLogStore';
import { DatabaseDashboardStore } from './dashboard/DatabaseDashboardStore';
import { DatabaseEvidenceStore } from './evidence/DatabaseEvidenceStore';
import { DatabaseExceptionStore } from './exceptions/DatabaseExceptionStore';
import { DatabaseProvenanceStore } from './registration/DatabaseProvenanceStore';
import { openGovernanceDatabase } from './database/migrateDatabase';
import {
  DEFAULT_APPROVAL_SLA_HOURS,
  DefaultApprovalService,
} from './approvals/DefaultApprovalService';
import { DefaultAttestationService } from './attestations/DefaultAttestationService';
import { DefaultExceptionService } from './exceptions/DefaultExceptionService';
import { DashboardService } from './dashboard/DefaultDashboardService';
import { DefaultPolicyService } from './policy/DefaultPolicyService';
import { DefaultRegistrationService } from './registration/DefaultRegistrationService';
import { DefaultLifecycleService } from './lifecycle/DefaultLifecycleService';
import { EvidenceService } from './evidence/DefaultEvidenceService';
import { AuditCheckpointService } from './audit/DefaultAuditService';
import { readSigningKey } from './signing/loadSigningKey';
import { SigstoreStatementSigner } from './signing/SigstoreStatementSigner';
import { DefaultPostureService } from './posture/DefaultPostureService';
import { scheduleAttestationCampaigns } from './tasks/scheduleAttestationCampaigns';
import { scheduleApprovalSla } from './tasks/scheduleApprovalSla';
import { scheduleAuditCheckpoints } from './tasks/scheduleAuditCheckpoints';
import { scheduleGovernanceSync } from './tasks/scheduleGovernanceSync';
import { scheduleLifecycleSweep } from './tasks/scheduleLifecycleSweep';

/** The services the governance plugin builds on. */
export interface GovernanceDependencies {
  config: Config;
  database: DatabaseService;
  userInfo: UserInfoService;
  auth: AuthService;
  logger: LoggerService;
  scheduler: SchedulerService;
  notifications: NotificationService;
  catalog: CatalogService;
  riskModel: RiskModelService;
  policyEngine: PolicyEngine;
}

/**
 * Builds the governance services on one database, reading their settings
 * from config, and schedules their background tasks.
 */
export async function createGovernanceServices(deps: GovernanceDependencies) {
  const { catalog, riskModel, policyEngine } = deps;
  const maxExceptionDays =
    deps.config.getOptionalNumber('governance.exceptions.maxDays') ?? 14;

  const db = await openGovernanceDatabase(deps.database);
  const auditLog = new DatabaseAuditLogStore(db);
  const exceptions = new DefaultExceptionService({
    store: new DatabaseExceptionStore(db),
    auditLog,
    catalog,
    policyEngine,
    maxDays: maxExceptionDays,
  });
  const apps = new DatabaseAppRegistryStore(db);
  const sla = deps.config.getOptionalConfig('governance.approvals.slaHours');
  const approvals = new DefaultApprovalService({
    store: new DatabaseApprovalStore(db),
    apps,
    auditLog,
    userInfo: deps.userInfo,
    notifications: deps.notifications,
    catalog,
    roles: readGovernanceRoles(deps.config),
    slaHours: {
      1: sla?.getOptionalNumber('tier1') ?? DEFAULT_APPROVAL_SLA_HOURS[1],
      2: sla?.getOptionalNumber('tier2') ?? DEFAULT_APPROVAL_SLA_HOURS[2],
      3: sla?.getOptionalNumber('tier3') ?? DEFAULT_APPROVAL_SLA_HOURS[3],
    },
  });
  await scheduleApprovalSla({ scheduler: deps.scheduler, approvals });
  const tiers = readRiskModelOptions(deps.config).tierRequirements;
  const attestations = new DefaultAttestationService({
    store: new DatabaseAttestationStore(db),
    apps,
    auditLog,
    userInfo: deps.userInfo,
    notifications: deps.notifications,
    logger: deps.logger,
    cadenceDays: {
      0: tiers[0].attestationCadenceDays,
      1: tiers[1].attestationCadenceDays,
      2: tiers[2].attestationCadenceDays,
      3: tiers[3].attestationCadenceDays,
    },
  });
  await scheduleAttestationCampaigns({
    scheduler: deps.scheduler,
    attestations,
    logger: deps.logger,
  });
  const signingKey = readSigningKey(deps.config, deps.logger);
  const signer = new SigstoreStatementSigner(
    signingKey.privateKey,
    signingKey.keyId,
  );
  const provenance = new DatabaseProvenanceStore(db);
  const evidence = new EvidenceService({
    store: new DatabaseEvidenceStore(db),
    provenance,
    signer,
    auditLog,
  });
  const checkpoints = new AuditCheckpointService({ auditLog, signer });
  await scheduleAuditCheckpoints({
    scheduler: deps.scheduler,
    checkpoints,
  });
  const postureService = new DefaultPostureService({
    catalog,
    auth: deps.auth,
    store: apps,
    riskModel,
    policyEngine,
    exceptions,
    approvals,
    attestations,
    evidence,
  });
  const lifecycle = new DefaultLifecycleService({
    apps,
    approvals,
    auditLog,
    catalog,
    auth: deps.auth,
    notifications: deps.notifications,
    logger: deps.logger,
    inactivityDays:
      deps.config.getOptionalNumber('governance.lifecycle.inactivityDays') ??
      90,
  });
  await scheduleLifecycleSweep({
    scheduler: deps.scheduler,
    lifecycle,
    logger: deps.logger,
  });
  const policyService = new DefaultPolicyService({
    catalog,
    riskModel,
    policyEngine,
  });
  await scheduleGovernanceSync({
    scheduler: deps.scheduler,
    postureService,
    logger: deps.logger,
  });
  const registration = new DefaultRegistrationService({
    catalog,
    store: provenance,
    auditLog,
    postureService,
  });
  const dashboard = new DashboardService({
    store: new DatabaseDashboardStore(db),
    catalog,
    auth: deps.auth,
    checkpoints,
  });
  return {
    postureService,
    registration,
    dashboard,
    apps,
    policyService,
    exceptions,
    approvals,
    lifecycle,
    attestations,
    evidence,
    auditLog,
    checkpoints,
    maxExceptionDays,
  };
}
