import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { governancePermissions } from '@guardrails/plugin-governance-common';
import {
  policyEngineServiceRef,
  riskModelServiceRef,
} from '@guardrails/plugin-governance-node';
import { DatabaseAppRegistryStore } from './database/DatabaseAppRegistryStore';
import { DatabaseAuditLogStore } from './database/DatabaseAuditLogStore';
import { DatabaseExceptionStore } from './database/DatabaseExceptionStore';
import { openGovernanceDatabase } from './database/migrateDatabase';
import { DefaultExceptionService } from './service/DefaultExceptionService';
import { DefaultPolicyService } from './service/DefaultPolicyService';
import { DefaultPostureService } from './service/DefaultPostureService';
import { createRouter } from './service/router';

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
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
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
        const postureService = new DefaultPostureService({
          catalog,
          store: new DatabaseAppRegistryStore(db),
          riskModel,
          policyEngine,
          exceptions,
        });
        const policyService = new DefaultPolicyService({
          catalog,
          riskModel,
          policyEngine,
        });
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            postureService,
            policyService,
            exceptions,
            auditLog,
            maxExceptionDays,
          }),
        );
      },
    });
  },
});
