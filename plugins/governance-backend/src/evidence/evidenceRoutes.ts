import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import Router from 'express-promise-router';
import { EvidenceService } from './EvidenceService';

/** HTTP routes of evidence bundles: list, download, verify. */
export function createEvidenceRoutes(options: {
  httpAuth: HttpAuthService;
  evidence: EvidenceService;
}) {
  const { httpAuth, evidence } = options;
  const router = Router();

  router.get('/evidence', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    if (typeof req.query.entityRef !== 'string' || !req.query.entityRef) {
      throw new InputError('Query parameter "entityRef" is required');
    }
    res.json({ items: await evidence.listForEntity(req.query.entityRef) });
  });

  router.get('/evidence/:id', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const bundle = await evidence.download(req.params.id);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="evidence-${bundle.id}.sigstore.json"`,
    );
    res.json(bundle.bundle);
  });

  router.get('/evidence/:id/verify', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await evidence.verify(req.params.id));
  });

  return router;
}
