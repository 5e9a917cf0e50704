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
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { governanceFactsReportPermission } from '@guardrails/plugin-governance-common';
import { z } from 'zod/v4';
import { CiTokenBinding } from '../config';
import { actorOf } from '../http/actorOf';
import { auditReaderCheck } from '../http/auditReaderCheck';
import { authorizeAppCaller } from '../http/authorizeAppCaller';
import { authorizeAppReader } from '../http/authorizeAppReader';
import { parseBody } from '../http/parseBody';
import { parseEntityRefQuery } from '../http/parseEntityRefQuery';
import { parseQuery } from '../http/parseQuery';
import { requirePermission } from '../http/requirePermission';
import { sendCsv } from '../http/sendCsv';
import { ApiRouter } from '../schema/openapi';
import { KpiService } from './KpiService';
import { checkOutcomeBody, factsBody } from './kpiBodies';

/** The principal of the scaffolder plugin. */
const SCAFFOLDER = 'plugin:scaffolder';

const exportQuery = z.object({
  format: z.enum(['json', 'csv']).default('json'),
  months: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1 to 13')
    .max(13, 'must be 1 to 13')
    .default(13),
});

/** Adds the KPI, app value, facts and check outcome routes. */
export function addKpiRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    kpis: KpiService;
    ciTokens: readonly CiTokenBinding[];
  },
) {
  const { httpAuth, permissions, kpis, ciTokens } = options;

  // Organisation-wide figures: for admins and auditors, as the dashboard.
  const authorize = auditReaderCheck(
    httpAuth,
    permissions,
    'Only governance admins and auditors may see organisation-wide figures',
  );

  router.get('/kpis', async (req, res) => {
    await authorize(req);
    res.json(await kpis.report());
  });

  router.get('/kpis/export', async (req, res) => {
    await authorize(req);
    const { format, months } = parseQuery(exportQuery, req.query);
    const data = await kpis.exportByMonth(months);
    if (format === 'json') {
      res.json(data);
      return;
    }
    const rows = data.months.map((month, i) => ({
      month,
      ...Object.fromEntries(data.kpis.map(k => [k.id, k.values[i].value])),
    }));
    sendCsv(res, 'governance-kpis.csv', rows, [
      'month',
      ...data.kpis.map(k => k.id),
    ]);
  });

  // Whoever may read the app's posture: users the catalog lets read it,
  // other plugins, and the app's own CI token.
  router.get('/apps/value', async (req, res) => {
    const entityRef = parseEntityRefQuery(req.query.entityRef);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    authorizeAppReader(credentials, entityRef, ciTokens);
    res.json(await kpis.appValue(entityRef, { credentials }));
  });

  // The app's CI with a token bound to it, or a governance admin.
  router.post('/apps/facts', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const body = parseBody(factsBody, req.body);
    if (authorizeAppCaller(credentials, body.entityRef, ciTokens) === 'user') {
      await requirePermission(
        permissions,
        credentials,
        { permission: governanceFactsReportPermission },
        `Only governance admins, or the CI token bound to ${body.entityRef}, may report its cost, incidents and deploys`,
      );
    }
    res.json(await kpis.reportFacts(body, { actor: actorOf(credentials) }));
  });

  // Only the scaffolder: on behalf of the user running the template, or
  // with its own credentials naming the user. A user's own token, another
  // plugin or any CI token is refused before the body is read.
  router.post('/checks/outcomes', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const principal = credentials.principal as
      | BackstageUserPrincipal
      | BackstageServicePrincipal;
    const viaScaffolder =
      principal.type === 'user'
        ? principal.actor?.subject === SCAFFOLDER
        : principal.subject === SCAFFOLDER &&
          !ciTokens.some(t => t.subject === SCAFFOLDER);
    if (!viaScaffolder) {
      throw new NotAllowedError(
        'Check outcomes are recorded by the scaffolder only',
      );
    }
    const body = parseBody(checkOutcomeBody, req.body);
    const user =
      principal.type === 'user' ? principal.userEntityRef : body.user;
    if (!user) {
      throw new InputError(
        'Request body field "user": is required with the scaffolder\'s own credentials',
      );
    }
    res.json(
      await kpis.recordCheckOutcome(
        { ...body, user },
        { actor: actorOf(credentials) },
      ),
    );
  });
}
