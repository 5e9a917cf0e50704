import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  governanceRegistryServiceRef,
  policyEngineServiceRef,
  riskModelServiceRef,
} from '@guardrails/plugin-governance-node';
import { createAssessRiskAction } from './actions/assessRisk';
import { createCheckPolicyAction } from './actions/checkPolicy';
import { createGenerateSbomAction } from './actions/generateSbom';
import { createPublishGitAction } from './actions/publishGit';
import { createRegisterAppAction } from './actions/registerApp';
import { createScanSecretsAction } from './actions/scanSecrets';

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
        config: coreServices.rootConfig,
        registry: governanceRegistryServiceRef,
        riskModel: riskModelServiceRef,
        policyEngine: policyEngineServiceRef,
      },
      async init({ scaffolder, config, registry, riskModel, policyEngine }) {
        scaffolder.addActions(
          createAssessRiskAction({ riskModel }),
          createCheckPolicyAction({ riskModel, policyEngine }),
          createScanSecretsAction(),
          createGenerateSbomAction(),
          createPublishGitAction({ config }),
          createRegisterAppAction({ registry, config }),
        );
      },
    });
  },
});
