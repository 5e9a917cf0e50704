import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import Router from 'express-promise-router';
import { auditReaderCheck } from '../http/auditReaderCheck';
import { DashboardService } from './DashboardService';

/** HTTP routes of the governance dashboard. */
export function createDashboardRoutes(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  dashboard: DashboardService;
}) {
  const { httpAuth, permissions, dashboard } = options;
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

  return router;
}
