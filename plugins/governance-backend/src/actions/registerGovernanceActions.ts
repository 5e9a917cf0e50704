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
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { CiTokenBinding } from '../config';
import { GovernanceServices } from '../createGovernanceServices';
import { registerAttestationActions } from './attestationActions';
import { registerExceptionActions } from './exceptionActions';
import { registerPolicyActions } from './policyActions';
import { registerPostureActions } from './postureActions';

/** What the actions need: the request services and the area services. */
export interface GovernanceActionsOptions {
  auditor: AuditorService;
  permissions: PermissionsService;
  services: GovernanceServices;
  /** Longest an exception may last, in days. */
  maxExceptionDays: number;
  /** Apps' CI tokens and the apps each may act for. */
  ciTokens: readonly CiTokenBinding[];
}

/**
 * Registers the Guardrails actions in Backstage's actions registry; the MCP
 * actions backend serves them to AI assistants. Each runs with the caller's
 * credentials through the same authorization functions and services as
 * the REST route it mirrors: no second path around the controls.
 */
export function registerGovernanceActions(
  actionsRegistry: ActionsRegistryService,
  options: GovernanceActionsOptions,
) {
  const { auditor, permissions, services, ciTokens } = options;
  registerPolicyActions(actionsRegistry, { policy: services.policy });
  registerPostureActions(actionsRegistry, {
    posture: services.posture,
    ciTokens,
  });
  registerExceptionActions(actionsRegistry, {
    auditor,
    permissions,
    exceptions: services.exceptions,
    maxExceptionDays: options.maxExceptionDays,
  });
  registerAttestationActions(actionsRegistry, {
    auditor,
    permissions,
    attestations: services.attestations,
  });
}
