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
import { z } from 'zod/v4';

/** Parses a JSON body with a zod schema; a 400 names the first bad field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // An unknown field of a strict object: name the field itself.
    const path =
      issue.code === 'unrecognized_keys'
        ? [...issue.path, issue.keys[0]]
        : issue.path;
    const field = path.map(String).join('.') || 'body';
    throw new InputError(`Request body field "${field}": ${issue.message}`);
  }
  return parsed.data;
}
