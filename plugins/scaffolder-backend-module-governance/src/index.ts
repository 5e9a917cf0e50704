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
/**
 * Scaffolder actions that run Guardrails governance checks in templates.
 *
 * @packageDocumentation
 */

export { scaffolderModuleGovernance as default } from './module';
export {
  createAssessRiskAction,
  ASSESS_RISK_ACTION_ID,
} from './actions/assessRisk';
export {
  createCheckPolicyAction,
  CHECK_POLICY_ACTION_ID,
} from './actions/checkPolicy';
export {
  createScanSecretsAction,
  SCAN_SECRETS_ACTION_ID,
} from './actions/scanSecrets';
export {
  createGenerateSbomAction,
  GENERATE_SBOM_ACTION_ID,
} from './actions/generateSbom';
export {
  createPublishGitAction,
  PUBLISH_GIT_ACTION_ID,
} from './actions/publishGit';
export {
  createRegisterAppAction,
  REGISTER_APP_ACTION_ID,
} from './actions/registerApp';
