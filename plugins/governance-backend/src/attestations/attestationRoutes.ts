import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  attestationAnswersSchema,
  governanceAttestationSubmitPermission,
  governanceLifecycleManagePermission,
} from '@guardrails/plugin-governance-common';
import { ApiRouter } from '../schema/openapi';
import { z } from 'zod/v4';
import { AttestationService } from './AttestationService';
import { EntityAccess } from '../catalog/EntityAccess';
import { actorOf } from '../http/actorOf';
import { parseBody } from '../http/parseBody';
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
  },
) {
  const { httpAuth, permissions, attestations, entityAccess } = options;

  router.get('/attestations/mine', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json({ items: await attestations.listOpenFor(credentials) });
  });

  router.get('/attestations', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    if (typeof req.query.entityRef !== 'string' || !req.query.entityRef) {
      throw new InputError('Query parameter "entityRef" is required');
    }
    await entityAccess.requireReadable(req.query.entityRef, credentials);
    res.json({ items: await attestations.listForEntity(req.query.entityRef) });
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
    const task = await attestations.get(req.params.id);
    if (!task) throw new NotFoundError(`No attestation ${req.params.id}`);
    await requirePermission(
      permissions,
      credentials,
      {
        permission: governanceAttestationSubmitPermission,
        resourceRef: task.entityRef,
      },
      `Only the owners of ${task.entityRef} may attest it`,
    );
    res.json(
      await attestations.submit(req.params.id, body.answers, {
        actor: actorOf(credentials),
      }),
    );
  });
}
