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
import { InputError } from '@backstage/errors';
import {
  CycloneDxComponentLike,
  MAX_SBOM_COMPONENTS,
} from '@guardrails/plugin-governance-common';
import { z } from 'zod/v4';
import { CiTokenBinding } from '../config';
import { entityRefField } from '../http/entityRefField';
import { parseBody } from '../http/parseBody';
import { parseRegistrationRequest } from '../registration/parseRegistrationRequest';
import { ApiRouter } from '../schema/openapi';
import { SbomService } from './SbomService';

const MAX_NESTING = 10;

// Only the fields the facts read are checked; CycloneDX has many more,
// which pass through (they count in the digest).
const component: z.ZodType<CycloneDxComponentLike> = z.looseObject({
  name: z.string().min(1, 'must not be empty').max(1000),
  group: z.string().max(1000).optional(),
  version: z.string().max(1000).optional(),
  purl: z.string().max(4000).optional(),
  get components() {
    return z.array(component).optional();
  },
});

const MAX_JSON_DEPTH = 64;

/**
 * Bounds the SBOM before it is parsed, digested or read: zod and the
 * canonical JSON walk nested values recursively, so hostile nesting is
 * refused first (400, not a stack overflow). Iterative, whatever the input.
 */
function checkBomBounds(body: unknown) {
  const bom = (body as { bom?: unknown } | undefined)?.bom;
  const pending: Array<[unknown, number, string]> = [[bom, 0, 'bom']];
  while (pending.length > 0) {
    const [value, depth, path] = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) {
      throw new InputError(
        `Request body field "bom": nested more than ${MAX_JSON_DEPTH} levels deep`,
      );
    }
    // JSON.parse keeps "__proto__" as a key; zod drops it, so the digest
    // would be of another document than the one sent.
    if (Object.hasOwn(value, '__proto__')) {
      throw new InputError(
        `Request body field "${path}.__proto__": is not a CycloneDX field`,
      );
    }
    for (const [key, child] of Object.entries(value)) {
      pending.push([child, depth + 1, `${path}.${key}`]);
    }
  }
  const lists: Array<[unknown, number]> = [
    [(bom as { components?: unknown } | undefined)?.components, 1],
  ];
  let count = 0;
  while (lists.length > 0) {
    const [list, depth] = lists.pop()!;
    if (!Array.isArray(list)) continue;
    if (depth > MAX_NESTING) {
      throw new InputError(
        `Request body field "bom.components": nests components more than ${MAX_NESTING} deep`,
      );
    }
    count += list.length;
    if (count > MAX_SBOM_COMPONENTS) {
      throw new InputError(
        `Request body field "bom.components": more than ${MAX_SBOM_COMPONENTS} components`,
      );
    }
    for (const c of list) {
      if (c && typeof c === 'object') {
        lists.push([(c as { components?: unknown }).components, depth + 1]);
      }
    }
  }
}

const submitBody = z.object({
  entityRef: entityRefField,
  bom: z.looseObject({
    bomFormat: z.literal('CycloneDX', 'must be "CycloneDX"'),
    specVersion: z
      .string()
      .regex(/^1\.\d{1,2}$/, 'must be a CycloneDX version such as 1.6'),
    metadata: z
      .looseObject({
        // When the SBOM was made: an older one than the app's latest is
        // refused, so a late or replayed SBOM cannot roll the facts back.
        timestamp: z.iso
          .datetime({ offset: true, message: 'must be an ISO 8601 date-time' })
          .optional(),
      })
      .optional(),
    components: z.array(component).optional(),
  }),
});

/** Adds the route an app's CI submits a fresh SBOM through. */
export function addSbomRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    sbom: SbomService;
    ciTokens: readonly CiTokenBinding[];
  },
) {
  const { sbom } = options;

  // The app's CI with its bound token (or the scaffolder for the app's
  // owner) submits the CycloneDX SBOM it generated; anyone else is refused
  // before anything is recorded.
  router.post('/apps/sbom', async (req, res) => {
    const { body, caller } = await parseRegistrationRequest(
      req,
      input => {
        checkBomBounds(input);
        return parseBody(submitBody, input);
      },
      options,
    );
    res.json(await sbom.submit(body, caller));
  });
}
