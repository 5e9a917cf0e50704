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
