import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  formatProfileIssues,
  getRawGovernanceProfile,
  validateGovernanceProfile,
} from '@guardrails/plugin-governance-common';

/**
 * Validates the governance profile (`spec.governance`) of every entity that
 * declares one. An invalid profile becomes a catalog processing error naming
 * each bad field; entities without a profile, and valid ones, pass untouched.
 *
 * @public
 */
export class GovernanceProfileProcessor implements CatalogProcessor {
  constructor(private readonly options: { now?: () => Date } = {}) {}

  getProcessorName(): string {
    return 'GovernanceProfileProcessor';
  }

  async preProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const raw = getRawGovernanceProfile(entity);
    if (raw === undefined) {
      return entity;
    }
    const now = this.options.now?.() ?? new Date();
    const result = validateGovernanceProfile(raw, { now });
    if (!result.valid) {
      emit(
        processingResult.inputError(
          location,
          `Invalid governance profile in ${stringifyEntityRef(
            entity,
          )}: ${formatProfileIssues(result.issues)}`,
        ),
      );
    }
    return entity;
  }
}
