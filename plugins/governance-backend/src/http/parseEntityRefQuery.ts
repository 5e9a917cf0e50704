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
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/** The required `entityRef` query parameter, normalised; a 400 otherwise. */
export function parseEntityRefQuery(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(
      'Query parameter "entityRef" is required, e.g. entityRef=component:default/my-app',
    );
  }
  try {
    return stringifyEntityRef(parseEntityRef(value));
  } catch (error) {
    throw new InputError(
      `Query parameter "entityRef" is not a valid entity ref ("${value}"): expected kind:namespace/name, e.g. component:default/my-app`,
    );
  }
}
