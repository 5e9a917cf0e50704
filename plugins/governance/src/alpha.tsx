/**
 * The Guardrails governance plugin for the new frontend system.
 *
 * @packageDocumentation
 */

export { governancePlugin as default } from './alpha/plugin';
export { governanceApi } from './alpha/apis';
export { entityGovernanceContent } from './alpha/entityContent';
export {
  entityAttestationDueCard,
  entityGovernancePostureCard,
} from './alpha/entityCards';
export {
  approvalsPage,
  dashboardPage,
  myAttestationsPage,
  profileErrorsPage,
} from './alpha/pages';
export { governancePreviewFormField } from './alpha/formFields';
