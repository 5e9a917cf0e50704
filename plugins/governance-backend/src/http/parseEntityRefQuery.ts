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
import { InputError } from '@backstage/errors';
import { ENTITY_REF_PROBLEM, normalizeEntityRef } from './normalizeEntityRef';

/**
 * An entity ref query parameter (`entityRef` unless named), normalised; a
 * 400 naming the parameter when it is missing, repeated or malformed. With
 * `optional`, a missing one is undefined.
 */
export function parseEntityRefQuery(
  value: unknown,
  options?: { name?: string; optional?: false },
): string;
export function parseEntityRefQuery(
  value: unknown,
  options: { name?: string; optional: true },
): string | undefined;
export function parseEntityRefQuery(
  value: unknown,
  options?: { name?: string; optional?: boolean },
): string | undefined {
  const name = options?.name ?? 'entityRef';
  if (value === undefined && options?.optional) return undefined;
  if (value === undefined || value === '') {
    throw new InputError(`Query parameter "${name}": is required`);
  }
  const ref = normalizeEntityRef(value);
  if (ref === undefined) {
    throw new InputError(`Query parameter "${name}": ${ENTITY_REF_PROBLEM}`);
  }
  return ref;
}
