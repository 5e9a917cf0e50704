import { createRouteRef } from '@backstage/core-plugin-api';

/** The page listing entities whose governance profile failed validation. @public */
export const profileProblemsRouteRef = createRouteRef({
  id: 'governance:profile-problems',
});

/** The signed-in user's open attestations. @public */
export const myAttestationsRouteRef = createRouteRef({
  id: 'governance:my-attestations',
});

/** The reviewer's approvals queue. @public */
export const approvalsRouteRef = createRouteRef({
  id: 'governance:approvals',
});

/** The governance dashboard for the platform team. @public */
export const dashboardRouteRef = createRouteRef({
  id: 'governance:dashboard',
});
