import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { governancePermissions } from '@guardrails/plugin-governance-common';
import {
  policyEngineServiceRef,
  readGovernanceRoles,
  readRiskModelOptions,
  riskModelServiceRef,
} from '@guardrails/plugin-governance-node';
import { DatabaseApprovalStore } from './database/DatabaseApprovalStore';
import { DatabaseAppRegistryStore } from './database/DatabaseAppRegistryStore';
import { DatabaseAttestationStore } from './database/DatabaseAttestationStore';
import { DatabaseAuditLogStore } from './database/DatabaseAuditLogStore';
import { DatabaseEvidenceStore } from './database/DatabaseEvidenceStore';
import { DatabaseExceptionStore } from './database/DatabaseExceptionStore';
import { openGovernanceDatabase } from './database/migrateDatabase';
import {
  DEFAULT_APPROVAL_SLA_HOURS,
  DefaultApprovalService,
} from './service/DefaultApprovalService';
import { DefaultAttestationService } from './service/DefaultAttestationService';
import { DefaultExceptionService } from './service/DefaultExceptionService';
import { DefaultPolicyService } from './service/DefaultPolicyService';
import { DefaultLifecycleService } from './service/DefaultLifecycleService';
import { EvidenceService } from './service/EvidenceService';
import { AuditCheckpointService } from './service/AuditCheckpointService';
import { readSigningKey } from './signing/readSigningKey';
import { SigstoreStatementSigner } from './signing/SigstoreStatementSigner';
import { DefaultPostureService } from './service/DefaultPostureService';
import { createRouter } from './service/router';
import { scheduleAttestationCampaigns } from './tasks/scheduleAttestationCampaigns';
import { scheduleApprovalSla } from './tasks/scheduleApprovalSla';
import { scheduleAuditCheckpoints } from './tasks/scheduleAuditCheckpoints';
import { scheduleLifecycleSweep } from './tasks/scheduleLifecycleSweep';

/**
 * The Guardrails governance backend plugin.
 *
 * @public
 */
export const governancePlugin = createBackendPlugin({
  pluginId: 'governance',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        auditor: coreServices.auditor,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        userInfo: coreServices.userInfo,
        auth: coreServices.auth,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        notifications: notificationService,
        catalog: catalogServiceRef,
        riskModel: riskModelServiceRef,
        policyEngine: policyEngineServiceRef,
      },
      async init(deps) {
        const { catalog, riskModel, policyEngine } = deps;
        deps.permissionsRegistry.addPermissions(governancePermissions);
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
        const sla = deps.config.getOptionalConfig(
          'governance.approvals.slaHours',
        );
        const approvals = new DefaultApprovalService({
          store: new DatabaseApprovalStore(db),
          apps,
          auditLog,
          userInfo: deps.userInfo,
          notifications: deps.notifications,
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
        const evidence = new EvidenceService({
          store: new DatabaseEvidenceStore(db),
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
            deps.config.getOptionalNumber(
              'governance.lifecycle.inactivityDays',
            ) ?? 90,
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
        deps.httpRouter.use(
          await createRouter({
            auditor: deps.auditor,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            postureService,
            policyService,
            exceptions,
            approvals,
            lifecycle,
            attestations,
            evidence,
            auditLog,
            checkpoints,
            maxExceptionDays,
          }),
        );
      },
    });
  },
});
