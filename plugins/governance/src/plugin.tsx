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
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { governanceApiRef } from './api/GovernanceApi';
import {
  GovernancePreviewField,
  governancePreviewValidation,
} from './components/GovernancePreviewField';
import { GovernanceClient } from './api/GovernanceClient';
import {
  approvalsRouteRef,
  dashboardRouteRef,
  myAttestationsRouteRef,
  profileErrorsRouteRef,
  reportRouteRef,
} from './routes';

/**
 * The Guardrails governance plugin for the legacy frontend system.
 *
 * @public
 */
export const governancePlugin = createPlugin({
  id: 'governance',
  routes: {
    profileErrors: profileErrorsRouteRef,
    myAttestations: myAttestationsRouteRef,
    approvals: approvalsRouteRef,
    dashboard: dashboardRouteRef,
    report: reportRouteRef,
  },
  apis: [
    createApiFactory({
      api: governanceApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new GovernanceClient(deps),
    }),
  ],
});

/**
 * The Governance tab content for an entity page (legacy frontend system):
 * add it as an `EntityLayout.Route` with `if={isGovernedEntity}`.
 *
 * @public
 */
export const EntityGovernanceContent = governancePlugin.provide(
  createComponentExtension({
    name: 'EntityGovernanceContent',
    component: {
      lazy: () =>
        import('./components/GovernanceContent').then(m => m.GovernanceContent),
    },
  }),
);

/**
 * The compact posture card for an entity's Overview (legacy frontend system).
 *
 * @public
 */
export const EntityGovernancePostureCard = governancePlugin.provide(
  createComponentExtension({
    name: 'EntityGovernancePostureCard',
    component: {
      lazy: () => import('./components/PostureCard').then(m => m.PostureCard),
    },
  }),
);

/**
 * The governance profile errors page (legacy frontend system): mount it
 * with `<Route path="/governance/profile-errors" element={<GovernanceProfileErrorsPage />} />`.
 *
 * @public
 */
export const GovernanceProfileErrorsPage = governancePlugin.provide(
  createRoutableExtension({
    name: 'GovernanceProfileErrorsPage',
    component: () =>
      import('./components/ProfileErrorsPage').then(m => m.ProfileErrorsPage),
    mountPoint: profileErrorsRouteRef,
  }),
);

/**
 * The signed-in user's open attestations (legacy frontend system): mount it
 * with `<Route path="/governance/attestations" element={<GovernanceMyAttestationsPage />} />`.
 *
 * @public
 */
export const GovernanceMyAttestationsPage = governancePlugin.provide(
  createRoutableExtension({
    name: 'GovernanceMyAttestationsPage',
    component: () =>
      import('./components/MyAttestationsPage').then(m => m.MyAttestationsPage),
    mountPoint: myAttestationsRouteRef,
  }),
);

/**
 * The GovernancePreview template form field (legacy frontend system): put
 * it inside `<ScaffolderFieldExtensions>` of the scaffolder page route.
 *
 * @public
 */
export const GovernancePreviewFieldExtension = governancePlugin.provide(
  createScaffolderFieldExtension({
    name: 'GovernancePreview',
    component: GovernancePreviewField,
    validation: governancePreviewValidation,
  }),
);

/**
 * The reviewer's approvals queue (legacy frontend system): mount it with
 * `<Route path="/governance/approvals" element={<GovernanceApprovalsPage />} />`.
 *
 * @public
 */
export const GovernanceApprovalsPage = governancePlugin.provide(
  createRoutableExtension({
    name: 'GovernanceApprovalsPage',
    component: () =>
      import('./components/ApprovalsPage').then(m => m.ApprovalsPage),
    mountPoint: approvalsRouteRef,
  }),
);

/**
 * The governance dashboard (legacy frontend system): mount it with
 * `<Route path="/governance/dashboard" element={<GovernanceDashboardPage />} />`.
 *
 * @public
 */
export const GovernanceDashboardPage = governancePlugin.provide(
  createRoutableExtension({
    name: 'GovernanceDashboardPage',
    component: () =>
      import('./components/DashboardPage').then(m => m.DashboardPage),
    mountPoint: dashboardRouteRef,
  }),
);

/**
 * The printable monthly KPI report for leadership (legacy frontend system):
 * mount it with
 * `<Route path="/governance/report" element={<GovernanceReportPage />} />`.
 *
 * @public
 */
export const GovernanceReportPage = governancePlugin.provide(
  createRoutableExtension({
    name: 'GovernanceReportPage',
    component: () => import('./components/ReportPage').then(m => m.ReportPage),
    mountPoint: reportRouteRef,
  }),
);

/**
 * Whether an owner attestation is due, for an entity's Overview (legacy
 * frontend system).
 *
 * @public
 */
export const EntityAttestationDueCard = governancePlugin.provide(
  createComponentExtension({
    name: 'EntityAttestationDueCard',
    component: {
      lazy: () =>
        import('./components/AttestationDueCard').then(
          m => m.AttestationDueCard,
        ),
    },
  }),
);
