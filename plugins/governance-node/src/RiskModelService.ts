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
  GovernanceProfile,
  RiskAssessment,
  assessRisk,
} from '@guardrails/plugin-governance-common';
import { RiskModelOptions } from './readRiskModelOptions';

/**
 * The organisation's risk model: the common scoring with the weights and
 * tier settings from app-config.
 *
 * @public
 */
export interface RiskModelService {
  assess(profile: GovernanceProfile): RiskAssessment;
}

/**
 * Scores profiles with configured weights and tier requirements.
 *
 * @public
 */
export class DefaultRiskModelService implements RiskModelService {
  constructor(private readonly options: RiskModelOptions) {}

  assess(profile: GovernanceProfile): RiskAssessment {
    return assessRisk(profile, {
      weights: this.options.weights,
      tierRequirements: this.options.tierRequirements,
    });
  }
}
