import { createHash } from 'node:crypto';
import {
  GovernanceProfile,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';
import canonicalize from 'canonicalize';

/**
 * Hash of everything a new approval is about: the whole validated profile
 * (every field of the schema, defaults applied), the tier and the reviewer
 * roles. Policy rules may read any field of the profile, so no field is
 * left out: any change that could move the score, the tier or a finding
 * opens a new request.
 */
export function materialHashOf(
  profile: GovernanceProfile,
  risk: Pick<RiskAssessment, 'tier' | 'reviewers'>,
): string {
  const material = {
    profile,
    tier: risk.tier,
    reviewers: [...risk.reviewers].sort(),
  };
  return createHash('sha256')
    .update(canonicalize(material) ?? '')
    .digest('hex');
}
