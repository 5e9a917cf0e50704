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

/** The printable monthly KPI report for leadership. @public */
export const reportRouteRef = createRouteRef({
  id: 'governance:report',
});
