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
