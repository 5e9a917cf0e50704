import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringify } from 'csv-stringify/sync';
import Router from 'express-promise-router';
import { z } from 'zod/v4';
import { AuditLogStore } from './AuditLogStore';
import { AuditCheckpointService } from './DefaultAuditService';
import { auditReaderCheck, parseBody } from '../http/parseBody';

const eventsQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  entityRef: z.string().optional(),
  format: z.enum(['json', 'csv']).default('json'),
  limit: z.coerce.number().int().min(1).max(100_000).default(10_000),
});

/** HTTP routes of the audit log: export and verification. */
export function createAuditRoutes(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditLog: AuditLogStore;
  checkpoints: AuditCheckpointService;
}) {
  const { httpAuth, permissions, auditLog, checkpoints } = options;
  const router = Router();

  const authorize = auditReaderCheck(
    httpAuth,
    permissions,
    'Only governance admins and auditors may read the audit log',
  );

  router.get('/audit/events', async (req, res) => {
    await authorize(req);
    const query = parseBody(eventsQuery, req.query);
    const events = await auditLog.list({
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      entityRef: query.entityRef,
      limit: query.limit,
    });
    if (query.format === 'json') {
      res.json({ items: events });
      return;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      'attachment; filename="governance-audit.csv"',
    );
    res.send(
      stringify(
        events.map(e => ({
          ...e,
          entityRef: e.entityRef ?? '',
          payload: JSON.stringify(e.payload),
        })),
        {
          header: true,
          columns: [
            'seq',
            'eventId',
            'occurredAt',
            'actor',
            'action',
            'entityRef',
            'payload',
            'prevHash',
            'hash',
          ],
        },
      ),
    );
  });

  // Signs the current tip now (the scheduler does it every 15 minutes).
  router.post('/audit/checkpoints', async (req, res) => {
    await authorize(req);
    res.json({ seq: (await checkpoints.checkpoint()) ?? null });
  });

  router.get('/audit/verify', async (req, res) => {
    await authorize(req);
    res.json(await checkpoints.verify());
  });

  return router;
}
