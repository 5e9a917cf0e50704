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
import { InputError, ConflictError } from '@backstage/errors';
import { ApprovalRequest } from '@guardrails/plugin-governance-common';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

/** A delegate: a user entity ref; a 400 naming `to` for anything else. */
export function userRefOf(value: string): string {
  let ref: string;
  try {
    ref = stringifyEntityRef(parseEntityRef(value, { defaultKind: 'user' }));
  } catch {
    throw new InputError(
      `to: "${value}" is not an entity ref; name a user, e.g. user:default/pia`,
    );
  }
  if (!ref.startsWith('user:')) {
    throw new InputError(
      `to: reviews are delegated to a user, not to ${ref}; name one person, e.g. user:default/pia`,
    );
  }
  return ref;
}

/** Refuses a request that takes no more decisions or delegations. */
export function requireOpen(request: ApprovalRequest) {
  if (request.status === 'superseded') {
    throw new ConflictError(
      `Approval request ${request.id} was superseded by ${
        request.supersededBy ?? 'a newer request'
      }; decide the app's latest request instead`,
    );
  }
  if (request.status !== 'pending') {
    throw new ConflictError(
      `Approval request ${request.id} is ${request.status}; it takes no more decisions`,
    );
  }
}
