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
import { z } from 'zod/v4';
import { ENTITY_REF_PROBLEM, normalizeEntityRef } from './normalizeEntityRef';

/** A body field holding an entity ref, normalised; see normalizeEntityRef. */
export const entityRefField = entityRefFieldOf();

/**
 * A body field holding an entity ref, where a bare name means
 * `defaultKind` (e.g. a delegate "pia" is user:default/pia).
 */
export function entityRefFieldOf(options?: { defaultKind?: string }) {
  return z.string().transform((value, ctx) => {
    const ref = normalizeEntityRef(value, options);
    if (ref === undefined) {
      ctx.addIssue({ code: 'custom', message: ENTITY_REF_PROBLEM });
      return z.NEVER;
    }
    return ref;
  });
}
