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
import { HttpAuthService } from '@backstage/backend-plugin-api';
import { ApiRouter } from '../schema/openapi';
import { z } from 'zod/v4';
import { CiTokenBinding } from '../config';
import { entityRefField } from '../http/entityRefField';
import { parseBody } from '../http/parseBody';
import { parseRegistrationRequest } from './parseRegistrationRequest';
import { RegistrationService } from './RegistrationService';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex');

const registerBody = z.object({
  entityRef: entityRefField,
  templateRef: z.string().max(255).optional(),
  taskId: z.string().max(255).optional(),
  repoUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2000)
    .optional(),
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
        .min(0, 'must not be negative')
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
    ciTokens: readonly CiTokenBinding[];
  },
) {
  const { registration } = options;

  // Called by the governance:app:register action on behalf of the user who
  // runs the template (a user principal whose actor is the scaffolder), or
  // by the app's CI with a token bound to it, for a fresh SBOM. A user's
  // own token, another plugin or another app's token is refused.
  router.post('/apps/register', async (req, res) => {
    const { body, caller } = await parseRegistrationRequest(
      req,
      input => parseBody(registerBody, input),
      options,
    );
    res.json(await registration.register(body, caller));
  });
}
