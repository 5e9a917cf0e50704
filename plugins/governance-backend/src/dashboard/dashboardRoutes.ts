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
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ApiRouter } from '../schema/openapi';
import { auditReaderCheck } from '../http/auditReaderCheck';
import { DashboardService } from './DashboardService';

/** Adds the governance dashboard's route to the typed router. */
export function addDashboardRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    dashboard: DashboardService;
  },
) {
  const { httpAuth, permissions, dashboard } = options;

  // Organisation-wide figures: for admins and auditors, like the audit log.
  const authorize = auditReaderCheck(
    httpAuth,
    permissions,
    'Only governance admins and auditors may see organisation-wide figures',
  );

  router.get('/dashboard', async (req, res) => {
    await authorize(req);
    res.json(await dashboard.summarize());
  });
}
