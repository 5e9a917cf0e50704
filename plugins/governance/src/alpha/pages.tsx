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
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import RuleIcon from '@material-ui/icons/AssignmentLate';
import AttestIcon from '@material-ui/icons/AssignmentTurnedIn';
import ApprovalIcon from '@material-ui/icons/HowToVote';
import DashboardIcon from '@material-ui/icons/Assessment';
import ReportIcon from '@material-ui/icons/InsertChartOutlined';
import {
  approvalsRouteRef,
  dashboardRouteRef,
  myAttestationsRouteRef,
  profileErrorsRouteRef,
  reportRouteRef,
} from '../routes';

/** The governance profile errors page, with its nav item. @alpha */
export const profileErrorsPage = PageBlueprint.make({
  name: 'profile-errors',
  params: {
    path: '/governance/profile-errors',
    routeRef: profileErrorsRouteRef,
    title: 'Profile errors',
    icon: <RuleIcon />,
    noHeader: true,
    loader: () =>
      import('../components/ProfileErrorsPage').then(m => (
        <m.ProfileErrorsPage />
      )),
  },
});

/** The signed-in user's open attestations, with its nav item. @alpha */
export const myAttestationsPage = PageBlueprint.make({
  name: 'my-attestations',
  params: {
    path: '/governance/attestations',
    routeRef: myAttestationsRouteRef,
    title: 'My attestations',
    icon: <AttestIcon />,
    noHeader: true,
    loader: () =>
      import('../components/MyAttestationsPage').then(m => (
        <m.MyAttestationsPage />
      )),
  },
});

/** The reviewer's approvals queue, with its nav item. @alpha */
export const approvalsPage = PageBlueprint.make({
  name: 'approvals',
  params: {
    path: '/governance/approvals',
    routeRef: approvalsRouteRef,
    title: 'Approvals',
    icon: <ApprovalIcon />,
    noHeader: true,
    loader: () =>
      import('../components/ApprovalsPage').then(m => <m.ApprovalsPage />),
  },
});

/** The governance dashboard for the platform team, with its nav item. @alpha */
export const dashboardPage = PageBlueprint.make({
  name: 'dashboard',
  params: {
    path: '/governance/dashboard',
    routeRef: dashboardRouteRef,
    title: 'Governance dashboard',
    icon: <DashboardIcon />,
    noHeader: true,
    loader: () =>
      import('../components/DashboardPage').then(m => <m.DashboardPage />),
  },
});

/** The printable monthly KPI report for leadership, with its nav item. @alpha */
export const reportPage = PageBlueprint.make({
  name: 'report',
  params: {
    path: '/governance/report',
    routeRef: reportRouteRef,
    title: 'Governance report',
    icon: <ReportIcon />,
    noHeader: true,
    loader: () =>
      import('../components/ReportPage').then(m => <m.ReportPage />),
  },
});
