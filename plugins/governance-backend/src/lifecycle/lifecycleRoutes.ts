import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  governanceLifecycleKeepPermission,
  governanceLifecycleManagePermission,
} from '@guardrails/plugin-governance-common';
import { ApiRouter } from '../schema/openapi';
import { z } from 'zod/v4';
import { actorOf } from '../http/actorOf';
import { entityRefField } from '../http/entityRefField';
import { parseBody } from '../http/parseBody';
import { requirePermission } from '../http/requirePermission';
import { LIFECYCLE_ACTIONS, LifecycleService } from './LifecycleService';

const activityBody = z.object({ entityRef: entityRefField });
const changeBody = z.object({
  entityRef: entityRefField,
  action: z.enum(LIFECYCLE_ACTIONS),
  justification: z
    .string()
    .trim()
    .min(10, 'must say why, in at least 10 characters')
    .max(4000),
});

/** Adds the activity and lifecycle-action routes to the typed router. */
export function addLifecycleRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    lifecycle: LifecycleService;
  },
) {
  const { httpAuth, permissions, lifecycle } = options;

  // The app itself, or its CI, reports use (a static service token works).
  router.post('/apps/activity', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const body = parseBody(activityBody, req.body);
    await lifecycle.reportActivity(body.entityRef, actorOf(credentials));
    res.status(204).end();
  });

  router.post('/apps/lifecycle', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const body = parseBody(changeBody, req.body);
    await requirePermission(
      permissions,
      credentials,
      body.action === 'keep'
        ? {
            permission: governanceLifecycleKeepPermission,
            resourceRef: body.entityRef,
          }
        : { permission: governanceLifecycleManagePermission },
      body.action === 'keep'
        ? `Only the owners of ${body.entityRef} may keep it`
        : 'Only governance admins may quarantine, retire or reinstate apps',
    );
    res.json(
      await lifecycle.change(
        body.entityRef,
        body.action,
        body.justification,
        actorOf(credentials),
      ),
    );
  });
}
