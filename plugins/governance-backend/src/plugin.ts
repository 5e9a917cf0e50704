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
        const store = await DatabaseAppRegistryStore.create({
          database: deps.database,
        });
        const postureService = new DefaultPostureService({
          catalog,
          store,
          riskModel,
          policyEngine,
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
          }),
        );
      },
    });
  },
});
