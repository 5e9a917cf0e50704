import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { governanceAuditReadPermission } from '@guardrails/plugin-governance-common';
import { stringify } from 'csv-stringify/sync';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v4';
import { AppRegistryStore } from '../database/AppRegistryStore';
import { DashboardService } from './DashboardService';
import { parseBody, requirePermission } from './http';

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
  const authorize = async (req: express.Request) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await requirePermission(
      permissions,
      credentials,
      { permission: governanceAuditReadPermission },
      'Only governance admins and auditors may see organisation-wide figures',
    );
  };

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
