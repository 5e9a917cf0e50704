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
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { governanceAuditReadPermission } from '@guardrails/plugin-governance-common';
import { Request } from 'express';
import { requirePermission } from './requirePermission';

/**
 * Authenticates a user and requires the audit-read permission:
 * organisation-wide data is for governance admins and auditors. Service
 * tokens are refused outright: the permission framework would allow them.
 */
export function auditReaderCheck(
  httpAuth: HttpAuthService,
  permissions: PermissionsService,
  refusal: string,
) {
  // Any route's request: the typed router's carry typed query parameters.
  return async (req: Request<any, any, any, any>) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await requirePermission(
      permissions,
      credentials,
      { permission: governanceAuditReadPermission },
      refusal,
    );
  };
}
