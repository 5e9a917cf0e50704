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
import { CiTokenBinding } from '../config';

/**
 * Lets a service caller act for one app only when `governance.ciTokens`
 * binds its token's subject to that app; otherwise a 403, before anything
 * is read or written. Backstage's permission framework allows every service
 * principal, so this, not a permission check, keeps app A's CI token from
 * speaking for app B. Users pass through (`'user'`): each route checks what
 * a user may do.
 */
export function authorizeAppCaller(
  credentials: BackstageCredentials,
  entityRef: string,
  ciTokens: readonly CiTokenBinding[],
): 'user' | 'ci' {
  const principal = credentials.principal as {
    type: string;
    subject?: string;
  };
  if (principal.type === 'user') return 'user';
  const bound =
    principal.type === 'service' &&
    ciTokens.some(
      t => t.subject === principal.subject && t.entityRefs.includes(entityRef),
    );
  if (!bound) {
    throw new NotAllowedError(
      `This service token is not bound to ${entityRef}; list its subject with the app under governance.ciTokens`,
    );
  }
  return 'ci';
}
