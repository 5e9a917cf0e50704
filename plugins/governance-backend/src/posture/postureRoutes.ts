import { HttpAuthService } from '@backstage/backend-plugin-api';
import { ApiRouter } from '../schema/openapi';
import { parseEntityRefQuery } from '../http/parseEntityRefQuery';
import { decidePromotion } from './decidePromotion';
import { PostureService } from './PostureService';

/** Adds the posture and promotion-gate routes to the typed router. */
export function addPostureRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    posture: PostureService;
  },
) {
  const { httpAuth, posture } = options;

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
}
