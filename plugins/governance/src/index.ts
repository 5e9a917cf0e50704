/**
 * The Guardrails governance frontend plugin: the Governance tab and the
 * posture card of governed catalog entities.
 *
 * Legacy frontend system exports; the new frontend system uses
 * `@guardrails/plugin-governance/alpha`.
 *
 * @packageDocumentation
 */

export {
  governancePlugin,
  EntityGovernanceContent,
  EntityGovernancePostureCard,
  EntityAttestationDueCard,
  GovernanceMyAttestationsPage,
  GovernanceApprovalsPage,
  GovernanceDashboardPage,
  GovernanceProfileErrorsPage,
  GovernancePreviewFieldExtension,
} from './plugin';
export type {
  GovernancePreviewOptions,
  GovernancePreviewValue,
} from './components/GovernancePreviewField';
export {
  approvalsRouteRef,
  dashboardRouteRef,
  myAttestationsRouteRef,
  profileErrorsRouteRef,
} from './routes';
export { governanceApiRef } from './api/GovernanceApi';
export type {
  ApprovalQueue,
  GovernanceApi,
  ProfileProblem,
} from './api/GovernanceApi';
export { GovernanceClient } from './api/GovernanceClient';
export { isGovernedEntity } from './isGovernedEntity';
