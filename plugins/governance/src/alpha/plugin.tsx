import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { governanceApi } from './apis';
import {
  entityAttestationDueCard,
  entityGovernancePostureCard,
} from './entityCards';
import { entityGovernanceContent } from './entityContent';
import { governancePreviewFormField } from './formFields';
import {
  approvalsPage,
  dashboardPage,
  myAttestationsPage,
  profileErrorsPage,
} from './pages';
import {
  approvalsRouteRef,
  dashboardRouteRef,
  myAttestationsRouteRef,
  profileErrorsRouteRef,
} from '../routes';

/**
 * The Guardrails governance plugin for the new frontend system.
 *
 * @alpha
 */
export const governancePlugin = createFrontendPlugin({
  pluginId: 'governance',
  routes: {
    profileErrors: profileErrorsRouteRef,
    myAttestations: myAttestationsRouteRef,
    approvals: approvalsRouteRef,
    dashboard: dashboardRouteRef,
  },
  extensions: [
    governanceApi,
    entityGovernanceContent,
    entityGovernancePostureCard,
    entityAttestationDueCard,
    profileErrorsPage,
    myAttestationsPage,
    approvalsPage,
    dashboardPage,
    governancePreviewFormField,
  ],
});
