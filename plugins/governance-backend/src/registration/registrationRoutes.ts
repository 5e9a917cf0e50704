import { HttpAuthService } from '@backstage/backend-plugin-api';
import { ApiRouter } from '../schema/openapi';
import { z } from 'zod/v4';
import { actorOf } from '../http/actorOf';
import { entityRefField } from '../http/entityRefField';
import { parseBody } from '../http/parseBody';
import { RegistrationService } from './RegistrationService';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex');

const registerBody = z.object({
  entityRef: entityRefField,
  templateRef: z.string().max(255).optional(),
  taskId: z.string().max(255).optional(),
  repoUrl: z.url().max(2000).optional(),
  sbom: z
    .object({
      format: z.literal('CycloneDX'),
      specVersion: z.string().max(10),
      componentCount: z.number().int().min(0),
      sha256,
      path: z.string().max(500),
    })
    .optional(),
  secretScan: z
    .object({
      tool: z.string().max(100),
      filesScanned: z.number().int().min(0),
      findings: z
        .number()
        .int()
        .max(0, 'must be 0: apps with secrets in them are not registered'),
    })
    .optional(),
});

/** Adds the route of registration by templates to the typed router. */
export function addRegistrationRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    registration: RegistrationService;
  },
) {
  const { httpAuth, registration } = options;

  // Called by the governance:app:register action, on behalf of the user
  // who runs the template; reading the entity needs their catalog access.
  router.post('/apps/register', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const body = parseBody(registerBody, req.body);
    res.json(
      await registration.register(body, {
        credentials,
        actor: actorOf(credentials),
      }),
    );
  });
}
