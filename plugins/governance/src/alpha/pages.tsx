import { PageBlueprint, createRouteRef } from '@backstage/frontend-plugin-api';
import RuleIcon from '@material-ui/icons/AssignmentLate';
import AttestIcon from '@material-ui/icons/AssignmentTurnedIn';
import ApprovalIcon from '@material-ui/icons/HowToVote';
import DashboardIcon from '@material-ui/icons/Assessment';

/** Route of the profile errors page in the new frontend system. @alpha */
export const profileProblemsPageRouteRef = createRouteRef();

/** The governance profile errors page, with its nav item. @alpha */
export const profileProblemsPage = PageBlueprint.make({
  name: 'profile-problems',
  params: {
    path: '/governance/profile-errors',
    routeRef: profileProblemsPageRouteRef,
    title: 'Profile errors',
    icon: <RuleIcon />,
    noHeader: true,
    loader: () =>
      import('../components/ProfileProblemsPage').then(m => (
        <m.ProfileProblemsPage />
      )),
  },
});

/** Route of the My attestations page in the new frontend system. @alpha */
export const myAttestationsPageRouteRef = createRouteRef();

/** The signed-in user's open attestations, with its nav item. @alpha */
export const myAttestationsPage = PageBlueprint.make({
  name: 'my-attestations',
  params: {
    path: '/governance/attestations',
    routeRef: myAttestationsPageRouteRef,
    title: 'My attestations',
    icon: <AttestIcon />,
    noHeader: true,
    loader: () =>
      import('../components/MyAttestationsPage').then(m => (
        <m.MyAttestationsPage />
      )),
  },
});

/** Route of the approvals queue in the new frontend system. @alpha */
export const approvalsPageRouteRef = createRouteRef();

/** The reviewer's approvals queue, with its nav item. @alpha */
export const approvalsPage = PageBlueprint.make({
  name: 'approvals',
  params: {
    path: '/governance/approvals',
    routeRef: approvalsPageRouteRef,
    title: 'Approvals',
    icon: <ApprovalIcon />,
    noHeader: true,
    loader: () =>
      import('../components/ApprovalsPage').then(m => <m.ApprovalsPage />),
  },
});

/** Route of the governance dashboard in the new frontend system. @alpha */
export const dashboardPageRouteRef = createRouteRef();

/** The governance dashboard for the platform team, with its nav item. @alpha */
export const dashboardPage = PageBlueprint.make({
  name: 'dashboard',
  params: {
    path: '/governance/dashboard',
    routeRef: dashboardPageRouteRef,
    title: 'Governance dashboard',
    icon: <DashboardIcon />,
    noHeader: true,
    loader: () =>
      import('../components/DashboardPage').then(m => <m.DashboardPage />),
  },
});
