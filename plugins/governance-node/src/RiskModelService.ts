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
