import { createApiRef } from '@backstage/core-plugin-api';
import {
  GovernancePosture,
  GovernanceProfileInput,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';

/**
 * Client of the Guardrails governance backend.
 *
 * @public
 */
export interface GovernanceApi {
  /** The risk posture of one catalog entity. */
  getPosture(entityRef: string): Promise<GovernancePosture>;
  /** The risk of a profile that is not in the catalog yet. */
  assessProfile(profile: GovernanceProfileInput): Promise<RiskAssessment>;
}

/** @public */
export const governanceApiRef = createApiRef<GovernanceApi>({
  id: 'plugin.governance.service',
});
