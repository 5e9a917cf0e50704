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
  AuditorService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { z } from 'zod/v4';
import { actorOf } from '../http/actorOf';

/**
 * Parses an action's input with the REST route's own body schema, so both
 * accept and refuse the same values; InputError names the first bad field.
 */
export function parseActionInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.map(String).join('.') || 'input';
    throw new InputError(`Input field "${field}": ${issue.message}`);
  }
  return parsed.data;
}

/**
 * Runs a change an action asks for inside a Backstage auditor event, as
 * the REST API's auditorMiddleware does for its change requests: success
 * or failure, with who asked. (The governance audit log records the change
 * itself, in the service's transaction.)
 */
export async function auditedChange<T>(
  auditor: AuditorService,
  action: string,
  credentials: BackstageCredentials,
  change: () => Promise<T>,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId: 'governance-change',
    severityLevel: 'medium',
    meta: { action, actor: actorOf(credentials) },
  });
  try {
    const result = await change();
    await event.success();
    return result;
  } catch (error) {
    await event.fail({ error: error as Error });
    throw error;
  }
}
