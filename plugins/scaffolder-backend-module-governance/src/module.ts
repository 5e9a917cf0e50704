import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  policyEngineServiceRef,
  riskModelServiceRef,
} from '@guardrails/plugin-governance-node';
import { createAssessRiskAction } from './actions/assessRisk';
import { createCheckPolicyAction } from './actions/checkPolicy';

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
        policyEngine: policyEngineServiceRef,
      },
      async init({ scaffolder, riskModel, policyEngine }) {
        scaffolder.addActions(
          createAssessRiskAction({ riskModel }),
          createCheckPolicyAction({ riskModel, policyEngine }),
        );
      },
    });
  },
});
