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
import {
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { ApiRouter } from '../schema/openapi';
import { EntityAccess } from '../catalog/EntityAccess';
import { CiTokenBinding } from '../config';
import { authorizeAppReader } from '../http/authorizeAppReader';
import { parseEntityRefQuery } from '../http/parseEntityRefQuery';
import { EvidenceService } from './EvidenceService';

/** Adds the evidence routes (list, download, verify) to the typed router. */
export function addEvidenceRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    entityAccess: EntityAccess;
    evidence: EvidenceService;
    ciTokens: readonly CiTokenBinding[];
  },
) {
  const { httpAuth, entityAccess, evidence, ciTokens } = options;

  // A bundle is visible to whoever may read its app in the catalog (a CI
  // token: its own app's only); to others it does not exist.
  async function readableBundle(id: string, credentials: BackstageCredentials) {
    const bundle = await evidence.download(id);
    const hidden = () => new NotFoundError(`No evidence bundle ${id}`);
    try {
      authorizeAppReader(credentials, bundle.entityRef, ciTokens);
    } catch {
      throw hidden();
    }
    if (!(await entityAccess.isReadable(bundle.entityRef, credentials))) {
      throw hidden();
    }
    return bundle;
  }

  router.get('/evidence', async (req, res) => {
    const entityRef = parseEntityRefQuery(req.query.entityRef);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    authorizeAppReader(credentials, entityRef, ciTokens);
    const readable = await entityAccess.requireReadable(entityRef, credentials);
    res.json({ items: await evidence.listForEntity(readable.entityRef) });
  });

  router.get('/evidence/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const bundle = await readableBundle(req.params.id, credentials);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="evidence-${bundle.id}.sigstore.json"`,
    );
    // Stored as the signer wrote it: a Sigstore bundle, a JSON object.
    res.json(bundle.bundle as Record<string, unknown>);
  });

  router.get('/evidence/:id/verify', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await readableBundle(req.params.id, credentials);
    res.json(await evidence.verify(req.params.id));
  });
}
