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
import { ApiRouter } from '../schema/openapi';
import { StatementSigner } from './Signer';

/**
 * Adds `GET /keys`: the keyring's public keys, PEM and JWK, open to anyone
 * (the plugin lets this path through without credentials).
 */
export function addKeyRoutes(
  router: ApiRouter,
  options: { signer: Pick<StatementSigner, 'publicKeys'> },
) {
  router.get('/keys', async (_req, res) => {
    res.json({ keys: options.signer.publicKeys() });
  });
}
