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
import { once } from 'node:events';
import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ApiRouter } from '../schema/openapi';
import { z } from 'zod/v4';
import { auditReaderCheck } from '../http/auditReaderCheck';
import { entityRefField } from '../http/entityRefField';
import { parseQuery } from '../http/parseQuery';
import { sendCsv } from '../http/sendCsv';
import { AuditService } from './AuditService';

const eventsQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  entityRef: entityRefField.optional(),
  format: z.enum(['json', 'csv']).default('json'),
  limit: z.coerce.number().int().min(1).max(100_000).default(10_000),
});

const EVENT_COLUMNS = [
  'seq',
  'eventId',
  'occurredAt',
  'actor',
  'action',
  'entityRef',
  'payload',
  'prevHash',
  'hash',
] as const;

/** Adds the audit log's export and verify routes to the typed router. */
export function addAuditRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    audit: AuditService;
  },
) {
  const { httpAuth, permissions, audit } = options;

  const authorize = auditReaderCheck(
    httpAuth,
    permissions,
    'Only governance admins and auditors may read the audit log',
  );

  router.get('/audit/events', async (req, res) => {
    await authorize(req);
    const query = parseQuery(eventsQuery, req.query);
    const events = await audit.listEvents({
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      entityRef: query.entityRef,
      limit: query.limit,
    });
    if (query.format === 'json') {
      res.json({ items: events });
      return;
    }
    sendCsv(
      res,
      'governance-audit.csv',
      events.map(e => ({
        ...e,
        entityRef: e.entityRef ?? '',
        payload: JSON.stringify(e.payload),
      })),
      EVENT_COLUMNS,
    );
  });

  // Signs the current tip now (the scheduler does it on its own schedule).
  router.post('/audit/checkpoints', async (req, res) => {
    await authorize(req);
    res.json({ seq: (await audit.checkpoint()) ?? null });
  });

  // NDJSON, written as it is read from the database: a page of events in
  // memory at a time, whatever the log's size.
  router.get('/audit/export', async (req, res) => {
    await authorize(req);
    res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      'attachment; filename="governance-audit-export.ndjson"',
    );
    for await (const line of audit.exportLog()) {
      if (!res.write(`${JSON.stringify(line)}\n`)) {
        // Wait for the client to read, or stop when it has gone.
        await Promise.race([once(res, 'drain'), once(res, 'close')]);
        if (res.destroyed) return;
      }
    }
    res.end();
  });

  router.get('/audit/verify', async (req, res) => {
    await authorize(req);
    res.json(await audit.verify());
  });
}
