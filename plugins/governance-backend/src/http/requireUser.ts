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
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';

/**
 * Refuses every caller but a signed-in user (NotAllowedError), for people's
 * acts: requests, attestations, decisions. The REST routes get the same
 * refusal from `httpAuth.credentials(req, { allow: ['user'] })`; actions,
 * whose credentials come from the actions registry, call this.
 */
export function requireUser(credentials: BackstageCredentials): void {
  const { type } = credentials.principal as { type: string };
  if (type !== 'user') {
    throw new NotAllowedError(
      `Only signed-in users may do this, not '${type}' credentials`,
    );
  }
}
