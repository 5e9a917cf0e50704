import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { ApiRouter } from '../schema/openapi';
import { EvidenceService } from './EvidenceService';

/** Adds the evidence routes (list, download, verify) to the typed router. */
export function addEvidenceRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    evidence: EvidenceService;
  },
) {
  const { httpAuth, evidence } = options;

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
    // Stored as the signer wrote it: a Sigstore bundle, a JSON object.
    res.json(bundle.bundle as Record<string, unknown>);
  });

  router.get('/evidence/:id/verify', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await evidence.verify(req.params.id));
  });
}
