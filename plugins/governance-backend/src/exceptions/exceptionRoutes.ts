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
import { governanceExceptionDecidePermission } from '@guardrails/plugin-governance-common';
import { ApiRouter } from '../schema/openapi';
import { z } from 'zod/v4';
import { ExceptionService } from './ExceptionService';
import { authorizeExceptionRequest } from './authorizeExceptionRequest';
import { exceptionRequestBody } from './exceptionRequestBody';
import { EntityAccess } from '../catalog/EntityAccess';
import { CiTokenBinding } from '../config';
import { actorOf } from '../http/actorOf';
import { authorizeAppReader } from '../http/authorizeAppReader';
import { parseBody } from '../http/parseBody';
import { parseEntityRefQuery } from '../http/parseEntityRefQuery';
import { requirePermission } from '../http/requirePermission';

const decisionBody = z.object({
  decision: z.enum(['grant', 'deny']),
  comment: z.string().max(2000).optional(),
  days: z.number().int().min(1).optional(),
});

/** Adds the routes of exceptions (waivers) to the typed router. */
export function addExceptionRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    exceptions: ExceptionService;
    entityAccess: EntityAccess;
    maxDays: number;
    ciTokens: readonly CiTokenBinding[];
  },
) {
  const { httpAuth, permissions, exceptions, entityAccess, maxDays, ciTokens } =
    options;

  router.get('/exceptions', async (req, res) => {
    const entityRef = parseEntityRefQuery(req.query.entityRef);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    authorizeAppReader(credentials, entityRef, ciTokens);
    const readable = await entityAccess.requireReadable(entityRef, credentials);
    res.json({ items: await exceptions.listForEntity(readable.entityRef) });
  });

  // Requests and decisions are people's: service tokens are refused, as
  // the permission framework would allow them.
  router.post('/exceptions', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const body = parseBody(exceptionRequestBody(maxDays), req.body);
    await authorizeExceptionRequest(permissions, credentials, body.entityRef);
    const created = await exceptions.request(body, {
      credentials,
      actor: actorOf(credentials),
    });
    res.status(201).json(created);
  });

  router.post('/exceptions/:id/decision', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const body = parseBody(decisionBody, req.body);
    await requirePermission(
      permissions,
      credentials,
      { permission: governanceExceptionDecidePermission },
      'Only governance admins and security reviewers may decide on exceptions',
    );
    res.json(
      await exceptions.decide(req.params.id, body, {
        credentials,
        actor: actorOf(credentials),
      }),
    );
  });
}
