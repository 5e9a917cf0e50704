import { createRouteRef } from '@backstage/core-plugin-api';

/*
 * One route ref per page, shared by the legacy and the new frontend system
 * (as @backstage/plugin-catalog does), so links resolve in both.
 */

/** The page listing entities whose governance profile failed validation. @public */
export const profileErrorsRouteRef = createRouteRef({
  id: 'governance:profile-errors',
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
