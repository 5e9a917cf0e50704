import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { governanceApi } from './apis';
import {
  entityAttestationDueCard,
  entityGovernancePostureCard,
} from './entityCards';
import { entityGovernanceContent } from './entityContent';
import { governancePreviewFormField } from './formFields';
import {
  dashboardPage,
  dashboardPageRouteRef,
  approvalsPage,
  approvalsPageRouteRef,
  myAttestationsPage,
  myAttestationsPageRouteRef,
  profileProblemsPage,
  profileProblemsPageRouteRef,
} from './pages';

/**
 * The Guardrails governance plugin for the new frontend system.
 *
 * @alpha
 */
export const governancePlugin = createFrontendPlugin({
  pluginId: 'governance',
  routes: {
    profileProblems: profileProblemsPageRouteRef,
    myAttestations: myAttestationsPageRouteRef,
    approvals: approvalsPageRouteRef,
    dashboard: dashboardPageRouteRef,
  },
  extensions: [
    governanceApi,
    entityGovernanceContent,
    entityGovernancePostureCard,
    entityAttestationDueCard,
    profileProblemsPage,
    myAttestationsPage,
    approvalsPage,
    dashboardPage,
    governancePreviewFormField,
  ],
});
