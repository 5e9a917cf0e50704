import { createHash } from 'node:crypto';
import {
  GovernanceProfile,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';
import canonicalize from 'canonicalize';

/**
 * Hash of the parts of a profile whose change needs a new approval: tier,
 * classification, integrations and requested scopes.
 */
export function materialHashOf(
  profile: GovernanceProfile,
  risk: RiskAssessment,
): string {
  const material = {
    tier: risk.tier,
    dataClassification: profile.dataClassification,
    integrations: profile.integrations.map(i => ({
      target: i.target,
      access: i.access,
      type: i.type,
      scopes: [...i.scopes].sort(),
    })),
    requestedScopes: [...profile.requestedScopes].sort(),
  };
  return createHash('sha256')
    .update(canonicalize(material) ?? '')
    .digest('hex');
}
