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
