import { HttpAuthService } from '@backstage/backend-plugin-api';
import Router from 'express-promise-router';
import { parseEntityRefQuery } from '../http/parseEntityRefQuery';
import { decidePromotion } from './decidePromotion';
import { PostureService } from './PostureService';

/** HTTP routes of an app's posture and its promotion gate. */
export function createPostureRoutes(options: {
  httpAuth: HttpAuthService;
  posture: PostureService;
}) {
  const { httpAuth, posture } = options;
  const router = Router();

  router.get('/posture', async (req, res) => {
    const entityRef = parseEntityRefQuery(req.query.entityRef);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(await posture.getPosture(entityRef, { credentials }));
  });

  // For an app's own CI, with a static service token: may it go to
  // production now, and if not, why not.
  router.get('/promotion-gate', async (req, res) => {
    const entityRef = parseEntityRefQuery(req.query.entityRef);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const current = await posture.getPosture(entityRef, { credentials });
    res.json(decidePromotion(current));
  });

  return router;
}
