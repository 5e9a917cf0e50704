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
import {
  governanceLifecycleKeepPermission,
  governanceLifecycleManagePermission,
} from '@guardrails/plugin-governance-common';
import { ApiRouter } from '../schema/openapi';
import { z } from 'zod/v4';
import { CiTokenBinding } from '../config';
import { actorOf } from '../http/actorOf';
import { authorizeAppCaller } from '../http/authorizeAppCaller';
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
    ciTokens: readonly CiTokenBinding[];
  },
) {
  const { httpAuth, permissions, lifecycle, ciTokens } = options;

  // The app's CI reports use with a token bound to the app
  // (governance.ciTokens); a user may report for apps they own.
  router.post('/apps/activity', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const body = parseBody(activityBody, req.body);
    if (authorizeAppCaller(credentials, body.entityRef, ciTokens) === 'user') {
      await requirePermission(
        permissions,
        credentials,
        {
          permission: governanceLifecycleKeepPermission,
          resourceRef: body.entityRef,
        },
        `Only the owners of ${body.entityRef}, or its CI, may report its activity`,
      );
    }
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
