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
  KubernetesValidatorFunctions as valid,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * What every route answers (after the field's name) when an entity ref in
 * a query parameter or a body field is malformed.
 */
export const ENTITY_REF_PROBLEM =
  'must be an entity ref kind:namespace/name, e.g. component:default/my-app';

/**
 * The one check of entity refs given to the API, in queries and bodies:
 * the ref in its canonical kind:namespace/name form, or undefined when
 * `value` is not one. Stricter than parseEntityRef, which takes "a:b/c/d"
 * (name "c/d"), spaces and names of any length: each part must also be
 * valid as the catalog's kind, namespace and name, so a ref no catalog
 * entity can have is a 400, never a database error.
 */
export function normalizeEntityRef(
  value: unknown,
  options?: { defaultKind?: string },
): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const ref = parseEntityRef(value, { defaultKind: options?.defaultKind });
    if (
      !valid.isValidKind(ref.kind) ||
      !valid.isValidNamespace(ref.namespace) ||
      !valid.isValidObjectName(ref.name)
    ) {
      return undefined;
    }
    return stringifyEntityRef(ref);
  } catch {
    return undefined;
  }
}
