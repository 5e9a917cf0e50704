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
  attestationAnswersSchema,
  governanceLifecycleManagePermission,
} from '@guardrails/plugin-governance-common';
import { ApiRouter } from '../schema/openapi';
import { z } from 'zod/v4';
import { AttestationService } from './AttestationService';
import { authorizeAttestationSubmit } from './authorizeAttestationSubmit';
import { EntityAccess } from '../catalog/EntityAccess';
import { CiTokenBinding } from '../config';
import { actorOf } from '../http/actorOf';
import { authorizeAppReader } from '../http/authorizeAppReader';
import { parseBody } from '../http/parseBody';
import { parseEntityRefQuery } from '../http/parseEntityRefQuery';
import { requirePermission } from '../http/requirePermission';

const submitBody = z.object({ answers: attestationAnswersSchema });

/** Adds the routes of owner attestations to the typed router. */
export function addAttestationRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    attestations: AttestationService;
    entityAccess: EntityAccess;
    ciTokens: readonly CiTokenBinding[];
  },
) {
  const { httpAuth, permissions, attestations, entityAccess, ciTokens } =
    options;

  router.get('/attestations/mine', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json({ items: await attestations.listOpenFor(credentials) });
  });

  router.get('/attestations', async (req, res) => {
    const entityRef = parseEntityRefQuery(req.query.entityRef);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    authorizeAppReader(credentials, entityRef, ciTokens);
    const readable = await entityAccess.requireReadable(entityRef, credentials);
    res.json({ items: await attestations.listForEntity(readable.entityRef) });
  });

  // Admins can open the current campaign now instead of waiting for the task.
  router.post('/attestations/campaigns', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await requirePermission(
      permissions,
      credentials,
      { permission: governanceLifecycleManagePermission },
      'Only governance admins may start attestation campaigns',
    );
    res.json({ opened: await attestations.runCampaigns() });
  });

  router.post('/attestations/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const body = parseBody(submitBody, req.body);
    await authorizeAttestationSubmit(
      { permissions, attestations },
      credentials,
      req.params.id,
    );
    res.json(
      await attestations.submit(req.params.id, body.answers, {
        actor: actorOf(credentials),
      }),
    );
  });
}
