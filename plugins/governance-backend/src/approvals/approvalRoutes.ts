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
  APPROVAL_DECISIONS,
  REVIEWER_ROLES,
  governanceApprovalDecidePermission,
} from '@guardrails/plugin-governance-common';
import { ApiRouter } from '../schema/openapi';
import { z } from 'zod/v4';
import { ApprovalService } from './ApprovalService';
import { actorOf } from '../http/actorOf';
import { entityRefFieldOf } from '../http/entityRefField';
import { parseBody } from '../http/parseBody';
import { requirePermission } from '../http/requirePermission';

const decisionBody = z.object({
  role: z.enum(REVIEWER_ROLES),
  decision: z.enum(APPROVAL_DECISIONS),
  comment: z.string().trim().min(1, 'must say why').max(4000),
});

const delegationBody = z.object({
  role: z.enum(REVIEWER_ROLES),
  // A bare name means a user: "pia" is user:default/pia.
  to: entityRefFieldOf({ defaultKind: 'user' }),
});

const resubmitBody = z.object({
  comment: z
    .string()
    .trim()
    .min(1, 'must say what changed since the reviewers asked')
    .max(4000),
});

/** Adds the routes of approval requests to the typed router. */
export function addApprovalRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    approvals: ApprovalService;
  },
) {
  const { httpAuth, permissions, approvals } = options;

  router.get('/approvals/queue', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json({
      items: await approvals.queueFor(credentials),
      // What the reviewer may decide as, for the decision form.
      roles: await approvals.reviewerRolesOf(credentials),
    });
  });

  router.post('/approvals/:id/decisions', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const body = parseBody(decisionBody, req.body);
    await requirePermission(
      permissions,
      credentials,
      { permission: governanceApprovalDecidePermission },
      'Only reviewers may decide on approval requests',
    );
    res.json(
      await approvals.decide(req.params.id, body, {
        credentials,
        actor: actorOf(credentials),
      }),
    );
  });

  // The owner answers "changes requested": the request goes back to the
  // reviewers as a new one with a fresh SLA. Owners only, checked by the
  // service against the app's owner.
  router.post('/approvals/:id/resubmit', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const body = parseBody(resubmitBody, req.body);
    res.json(
      await approvals.resubmit(req.params.id, body.comment, {
        credentials,
        actor: actorOf(credentials),
      }),
    );
  });

  router.post('/approvals/:id/delegations', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const body = parseBody(delegationBody, req.body);
    await requirePermission(
      permissions,
      credentials,
      { permission: governanceApprovalDecidePermission },
      'Only reviewers may delegate reviews',
    );
    res.json(
      await approvals.delegate(req.params.id, body, {
        credentials,
        actor: actorOf(credentials),
      }),
    );
  });
}
