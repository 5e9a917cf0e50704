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
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  Attestation,
  governanceAttestationSubmitPermission,
} from '@guardrails/plugin-governance-common';
import { requirePermission } from '../http/requirePermission';
import { requireUser } from '../http/requireUser';
import { AttestationService } from './AttestationService';

/**
 * Who may submit attestation `id`: a signed-in user the permission policy
 * allows for the task's app (its owners; admins). Service tokens are
 * refused. Returns the task. The REST route and the `submit-attestation`
 * action both call this, before anything is written.
 */
export async function authorizeAttestationSubmit(
  options: {
    permissions: PermissionsService;
    attestations: AttestationService;
  },
  credentials: BackstageCredentials,
  id: string,
): Promise<Attestation> {
  requireUser(credentials);
  const task = await options.attestations.get(id);
  if (!task) throw new NotFoundError(`No attestation ${id}`);
  await requirePermission(
    options.permissions,
    credentials,
    {
      permission: governanceAttestationSubmitPermission,
      resourceRef: task.entityRef,
    },
    `Only the owners of ${task.entityRef} may attest it`,
  );
  return task;
}
