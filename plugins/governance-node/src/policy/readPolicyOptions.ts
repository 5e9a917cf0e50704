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
import { Config } from '@backstage/config';
import {
  ENFORCEMENT_STAGES,
  EnforcementStage,
} from '@guardrails/plugin-governance-common';
import { CelLimits, DEFAULT_CEL_LIMITS } from './compilePolicyPack';
import { OrganizationPolicySettings } from './DefaultPolicyEngine';
import { DEFAULT_OPA_TIMEOUT_MS, OpaOptions } from './OpaPolicySource';

/** The policy settings read from `governance.policies`. @public */
export interface PolicyOptions {
  includeDefaultPack: boolean;
  paths: string[];
  limits: CelLimits;
  organization: OrganizationPolicySettings;
  opa?: OpaOptions;
}

/** @public */
export const DEFAULT_APPROVED_SECRET_STORES = [
  'vault',
  'aws-secrets-manager',
  'azure-key-vault',
  'gcp-secret-manager',
];

/**
 * Reads `governance.policies` from app-config.
 *
 * @public
 */
export function readPolicyOptions(config: Config): PolicyOptions {
  const policies = config.getOptionalConfig('governance.policies');
  const org = policies?.getOptionalConfig('organization');
  const opa = policies?.getOptionalConfig('opa');
  const stage = opa?.getOptionalString('defaultStage') ?? 'deny';
  if (!(ENFORCEMENT_STAGES as readonly string[]).includes(stage)) {
    throw new Error(
      `governance.policies.opa.defaultStage must be one of ${ENFORCEMENT_STAGES.join(
        ', ',
      )}; got "${stage}"`,
    );
  }
  const timeoutMs =
    opa?.getOptionalNumber('timeoutMs') ?? DEFAULT_OPA_TIMEOUT_MS;
  if (!(timeoutMs > 0)) {
    throw new Error(
      `governance.policies.opa.timeoutMs must be a positive number of milliseconds; got ${timeoutMs}`,
    );
  }
  return {
    includeDefaultPack: policies?.getOptionalBoolean('defaultPack') ?? true,
    paths: policies?.getOptionalStringArray('packs') ?? [],
    limits: {
      ...DEFAULT_CEL_LIMITS,
      maxCost:
        policies?.getOptionalNumber('costLimit') ?? DEFAULT_CEL_LIMITS.maxCost,
    },
    organization: {
      approvedRegistries:
        org?.getOptionalStringArray('approvedRegistries') ?? [],
      approvedSecretStores:
        org?.getOptionalStringArray('approvedSecretStores') ??
        DEFAULT_APPROVED_SECRET_STORES,
      allowedRegions: org?.getOptionalStringArray('allowedRegions') ?? [],
      sovereignRegions: org?.getOptionalStringArray('sovereignRegions') ?? [],
      maxTokenLifetimeMinutes:
        org?.getOptionalNumber('maxTokenLifetimeMinutes') ?? 60,
    },
    opa:
      opa?.getOptionalBoolean('enabled') === true
        ? {
            baseUrl: opa.getString('baseUrl'),
            policyPath: opa.getString('policyPath'),
            packId: opa.getOptionalString('packId') ?? 'opa',
            defaultStage: stage as EnforcementStage,
            token: opa.getOptionalString('token'),
            timeoutMs,
          }
        : undefined,
  };
}
