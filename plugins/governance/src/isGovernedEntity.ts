import { Entity } from '@backstage/catalog-model';
import { getRawGovernanceProfile } from '@guardrails/plugin-governance-common';

/**
 * True for entities that declare a governance profile; use it to show the
 * Governance tab and cards only where they apply.
 *
 * @public
 */
export const isGovernedEntity = (entity: Entity): boolean =>
  getRawGovernanceProfile(entity) !== undefined;
