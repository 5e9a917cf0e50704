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
import { CiTokenBinding } from '../config';
import { authorizeAppReader } from '../http/authorizeAppReader';
import { parseEntityRefQuery } from '../http/parseEntityRefQuery';
import { decidePromotion } from './decidePromotion';
import { PostureService } from './PostureService';

/** Adds the posture and promotion-gate routes to the typed router. */
export function addPostureRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    posture: PostureService;
    ciTokens: readonly CiTokenBinding[];
  },
) {
  const { httpAuth, posture, ciTokens } = options;

  router.get('/posture', async (req, res) => {
    const entityRef = parseEntityRefQuery(req.query.entityRef);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    // A CI token reads its own app only (see authorizeAppReader).
    authorizeAppReader(credentials, entityRef, ciTokens);
    res.json(await posture.getPosture(entityRef, { credentials }));
  });

  // For an app's own CI, with a static service token: may it go to
  // production now, and if not, why not.
  router.get('/promotion-gate', async (req, res) => {
    const entityRef = parseEntityRefQuery(req.query.entityRef);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    // A service token only for the app it is bound to (governance.ciTokens).
    authorizeAppReader(credentials, entityRef, ciTokens);
    const current = await posture.getPosture(entityRef, { credentials });
    res.json(decidePromotion(current));
  });
}
