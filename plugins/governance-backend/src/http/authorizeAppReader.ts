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
import { CiTokenBinding } from '../config';
import { authorizeAppCaller } from './authorizeAppCaller';

/**
 * Who may read one app's governance data (posture, promotion gate,
 * evidence, exceptions, attestations), before the catalog is asked:
 *
 * - users: yes; the catalog then decides, with their own permissions;
 * - another backend plugin calling with its own credentials (subject
 *   `plugin:<id>`): yes, read-only, as the catalog lets it read every
 *   entity; plugins are code the operator installed. Every human decision
 *   and every write refuses them;
 * - any other service token (`backend.auth.externalAccess`: static, JWKS or
 *   legacy): only for the apps `governance.ciTokens` binds its subject to,
 *   so app A's CI token cannot read app B. An unbound token reads nothing.
 *
 * Throws NotAllowedError otherwise (see authorizeAppCaller).
 */
export function authorizeAppReader(
  credentials: BackstageCredentials,
  entityRef: string,
  ciTokens: readonly CiTokenBinding[],
): 'user' | 'plugin' | 'ci' {
  const principal = credentials.principal as {
    type: string;
    subject?: string;
  };
  if (
    principal.type === 'service' &&
    principal.subject?.startsWith('plugin:') &&
    !ciTokens.some(t => t.subject === principal.subject)
  ) {
    return 'plugin';
  }
  return authorizeAppCaller(credentials, entityRef, ciTokens);
}
