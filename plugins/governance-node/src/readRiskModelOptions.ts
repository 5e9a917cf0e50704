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
  ApprovalTier,
  DEFAULT_TIER_REQUIREMENTS,
  RiskWeights,
  RiskWeightsOverride,
  TierRequirement,
  resolveRiskWeights,
} from '@guardrails/plugin-governance-common';

/**
 * The risk model's settings, read from app-config.
 *
 * @public
 */
export interface RiskModelOptions {
  weights: RiskWeights;
  tierRequirements: Record<ApprovalTier, TierRequirement>;
}

function readWeights(config: Config | undefined): RiskWeightsOverride {
  if (!config) return {};
  const override: Record<string, unknown> = {};
  for (const key of config.keys()) {
    const value = config.get(key);
    if (typeof value === 'number') {
      override[key] = value;
    } else {
      const group = config.getConfig(key);
      override[key] = Object.fromEntries(
        group.keys().map(k => [k, group.getNumber(k)]),
      );
    }
  }
  return override as RiskWeightsOverride;
}

/**
 * Reads `governance.risk` and `governance.tiers` from app-config; throws on
 * a value that cannot be used, naming the key.
 *
 * @public
 */
export function readRiskModelOptions(config: Config): RiskModelOptions {
  const weights = resolveRiskWeights(
    readWeights(config.getOptionalConfig('governance.risk.weights')),
  );
  const tierRequirements = { ...DEFAULT_TIER_REQUIREMENTS };
  for (const tier of [0, 1, 2, 3] as ApprovalTier[]) {
    const cadence = config.getOptionalNumber(
      `governance.tiers.tier${tier}.attestationCadenceDays`,
    );
    if (cadence !== undefined) {
      if (!Number.isInteger(cadence) || cadence < 1) {
        throw new Error(
          `governance.tiers.tier${tier}.attestationCadenceDays must be a whole number of days, at least 1; got ${cadence}`,
        );
      }
      tierRequirements[tier] = {
        ...tierRequirements[tier],
        attestationCadenceDays: cadence,
      };
    }
  }
  return { weights, tierRequirements };
}
