import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { riskModelServiceRef } from '@guardrails/plugin-governance-node';
import { createAssessRiskAction } from './actions/assessRisk';

/**
 * Adds the Guardrails governance actions to the scaffolder.
 *
 * @public
 */
export const scaffolderModuleGovernance = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'governance',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        riskModel: riskModelServiceRef,
      },
      async init({ scaffolder, riskModel }) {
        scaffolder.addActions(createAssessRiskAction({ riskModel }));
      },
    });
  },
});
