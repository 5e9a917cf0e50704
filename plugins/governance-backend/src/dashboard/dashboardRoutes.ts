import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringify } from 'csv-stringify/sync';
import Router from 'express-promise-router';
import { z } from 'zod/v4';
import { AppRegistryStore } from '../appRegistry/AppRegistryStore';
import { DashboardService } from './DefaultDashboardService';
import { auditReaderCheck, parseBody } from '../http/parseBody';

const registryQuery = z.object({
  format: z.enum(['json', 'csv']).default('json'),
});

const REGISTRY_COLUMNS = [
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

/** HTTP routes of the governance dashboard and the registry export. */
export function createDashboardRoutes(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  dashboard: DashboardService;
  apps: AppRegistryStore;
}) {
  const { httpAuth, permissions, dashboard, apps } = options;
  const router = Router();

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

  router.get('/apps/registry', async (req, res) => {
    await authorize(req);
    const { format } = parseBody(registryQuery, req.query);
    const rows = (await apps.listApps()).map(app => ({
      ...app,
      registeredAt: app.registeredAt.toISOString(),
      evaluatedAt: app.evaluatedAt.toISOString(),
      lastActivityAt: app.lastActivityAt?.toISOString() ?? '',
    }));
    if (format === 'json') {
      res.json({ items: rows });
      return;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      'attachment; filename="governance-registry.csv"',
    );
    res.send(stringify(rows, { header: true, columns: [...REGISTRY_COLUMNS] }));
  });

  return router;
}
