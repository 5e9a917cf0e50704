import { PageBlueprint, createRouteRef } from '@backstage/frontend-plugin-api';
import RuleIcon from '@material-ui/icons/AssignmentLate';

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
