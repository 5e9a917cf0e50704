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
import { parseBody } from '../http/parseBody';
import { requirePermission } from '../http/requirePermission';

const decisionBody = z.object({
  role: z.enum(REVIEWER_ROLES),
  decision: z.enum(APPROVAL_DECISIONS),
  comment: z.string().trim().min(1, 'must say why').max(4000),
});

const delegationBody = z.object({
  role: z.enum(REVIEWER_ROLES),
  to: z.string().min(1, 'must name a user, e.g. user:default/pia'),
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
