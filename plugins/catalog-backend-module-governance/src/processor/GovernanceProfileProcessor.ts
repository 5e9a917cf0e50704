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
