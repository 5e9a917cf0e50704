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
import { governanceExceptionRequestPermission } from '@guardrails/plugin-governance-common';
import { requirePermission } from '../http/requirePermission';
import { requireUser } from '../http/requireUser';

/**
 * Who may request an exception for an app: a signed-in user the permission
 * policy allows (its owners; admins). Service tokens are refused, as the
 * permission framework would allow them. The REST route and the
 * `request-policy-exception` action both call this, before anything is
 * written.
 */
export async function authorizeExceptionRequest(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
  entityRef: string,
): Promise<void> {
  requireUser(credentials);
  await requirePermission(
    permissions,
    credentials,
    {
      permission: governanceExceptionRequestPermission,
      resourceRef: entityRef,
    },
    `Only the owners of ${entityRef} may request exceptions for it`,
  );
}
