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
          createAssessRiskAction({ riskModel, registry }),
          createCheckPolicyAction({ riskModel, policyEngine, registry }),
          createScanSecretsAction({ registry }),
          createGenerateSbomAction({ registry }),
          createPublishGitAction({ config }),
          createRegisterAppAction({ registry, config }),
        );
      },
    });
  },
});
