import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { riskModelServiceRef } from '@guardrails/plugin-governance-node';
import { DatabaseAppRegistryStore } from './database/DatabaseAppRegistryStore';
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
        catalog: catalogServiceRef,
        riskModel: riskModelServiceRef,
      },
      async init({ database, httpAuth, httpRouter, catalog, riskModel }) {
        const store = await DatabaseAppRegistryStore.create({ database });
        const postureService = new DefaultPostureService({
          catalog,
          store,
          riskModel,
        });
        httpRouter.use(await createRouter({ httpAuth, postureService }));
      },
    });
  },
});
