import { HttpAuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { PostureService } from './PostureService';

/** What the HTTP layer needs. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  postureService: PostureService;
}

function parseEntityRefParam(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(
      'Query parameter "entityRef" is required, e.g. entityRef=component:default/my-app',
    );
  }
  try {
    return stringifyEntityRef(parseEntityRef(value));
  } catch (error) {
    throw new InputError(
      `Query parameter "entityRef" is not a valid entity ref ("${value}"): expected kind:namespace/name, e.g. component:default/my-app`,
    );
  }
}

/** The governance REST API. Validates at the edge; logic lives in services. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, postureService } = options;
  const router = Router();
  router.use(express.json({ limit: '256kb' }));

  router.get('/posture', async (req, res) => {
    const entityRef = parseEntityRefParam(req.query.entityRef);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(await postureService.getPosture(entityRef, { credentials }));
  });

  router.post('/profiles/assess', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const profile = req.body?.profile;
    if (profile === undefined) {
      throw new InputError(
        'Request body must be JSON with a "profile" field holding a governance profile',
      );
    }
    res.json({ risk: postureService.assessProfile(profile) });
  });

  return router;
}
