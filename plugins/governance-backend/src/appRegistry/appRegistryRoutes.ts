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
import { z } from 'zod/v4';
import { auditReaderCheck } from '../http/auditReaderCheck';
import { parseQuery } from '../http/parseQuery';
import { sendCsv } from '../http/sendCsv';
import { AppRegistryService } from './AppRegistryService';

const exportQuery = z.object({
  format: z.enum(['json', 'csv']).default('json'),
});

const EXPORT_COLUMNS = [
  'entityRef',
  'lifecycleState',
  'approvalTier',
  'riskScore',
  'riskLevel',
  'dataClassification',
  'ownerRef',
  'registeredAt',
  'evaluatedAt',
  'lastActivityAt',
  'lifecycleReason',
] as const;

/** Adds the app registry's export route (JSON or CSV) to the typed router. */
export function addAppRegistryRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    appRegistry: AppRegistryService;
  },
) {
  const { httpAuth, permissions, appRegistry } = options;

  // Organisation-wide data: for admins and auditors, like the audit log.
  const authorize = auditReaderCheck(
    httpAuth,
    permissions,
    'Only governance admins and auditors may see organisation-wide figures',
  );

  router.get('/apps/registry', async (req, res) => {
    await authorize(req);
    const { format } = parseQuery(exportQuery, req.query);
    const apps = await appRegistry.exportApps();
    if (format === 'json') {
      res.json({ items: apps });
      return;
    }
    sendCsv(res, 'governance-registry.csv', apps, EXPORT_COLUMNS);
  });
}
