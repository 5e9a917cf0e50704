import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { GovernanceProfileProcessor } from './processor/GovernanceProfileProcessor';

/**
 * Adds the governance profile processor to the catalog.
 *
 * @public
 */
export const catalogModuleGovernance = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'governance',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor(new GovernanceProfileProcessor());
      },
    });
  },
});
