import { createRouteRef } from '@backstage/core-plugin-api';

/** The page listing entities whose governance profile failed validation. @public */
export const profileProblemsRouteRef = createRouteRef({
  id: 'governance:profile-problems',
});
