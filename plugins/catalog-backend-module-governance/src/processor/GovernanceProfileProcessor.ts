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
import { LoggerService } from '@backstage/backend-plugin-api';
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
import {
  GOVERNANCE_ENTITY_CHANGED_TOPIC,
  governanceEntityChangedEvent,
} from '@guardrails/plugin-governance-node';
import { EventsService } from '@backstage/plugin-events-node';

// Digests announced per entity, so a catalog that reprocesses unchanged
// entities every few minutes announces nothing. Bounded: past the limit
// the oldest entries go, and at worst an entity is announced again.
const MAX_REMEMBERED = 50_000;
// Announcements are hints (the governance reconciliation evaluates whatever
// one misses), so the catalog's processing does not wait for them: with the
// events backend on PostgreSQL each one is also an HTTP post and a row of
// the events bus. Past this many under way, processing waits again, so a
// slow events service holds the catalog back instead of piling up.
const MAX_PUBLISHING = 64;

/**
 * Options of {@link GovernanceProfileProcessor}.
 *
 * @public
 */
export interface GovernanceProfileProcessorOptions {
  /** The clock that validation reads (expiry and retirement dates). */
  now?: () => Date;
  /**
   * Where to announce that a governed entity's evaluation inputs changed
   * (topic `guardrails.governance.entity-changed`), so the governance
   * backend re-evaluates it within seconds.
   */
  events?: EventsService;
  /** Where an announcement that could not be published is reported. */
  logger?: LoggerService;
}

/**
 * Validates the governance profile (`spec.governance`) of every entity that
 * declares one. An invalid profile becomes a catalog processing error naming
 * each bad field; entities without a profile, and valid ones, pass untouched.
 * When a valid profile's evaluation inputs changed since the last time this
 * processor saw the entity, it publishes a change event.
 *
 * @public
 */
export class GovernanceProfileProcessor implements CatalogProcessor {
  private readonly announced = new Map<string, string>();
  private readonly valid = new Set<string>();
  private publishing = 0;

  constructor(
    private readonly options: GovernanceProfileProcessorOptions = {},
  ) {}

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
    } else if (this.options.events) {
      this.valid.add(stringifyEntityRef(entity));
    }
    return entity;
  }

  // After every processor has run: the entity as the catalog will store it.
  async postProcessEntity(entity: Entity): Promise<Entity> {
    const { events } = this.options;
    const entityRef = stringifyEntityRef(entity);
    if (!events || !this.valid.delete(entityRef)) return entity;
    const event = governanceEntityChangedEvent(entity);
    if (this.announced.get(entityRef) === event.entityDigest) return entity;
    this.announced.delete(entityRef);
    this.announced.set(entityRef, event.entityDigest);
    if (this.announced.size > MAX_REMEMBERED) {
      this.announced.delete(this.announced.keys().next().value!);
    }
    this.publishing++;
    const published = events
      .publish({ topic: GOVERNANCE_ENTITY_CHANGED_TOPIC, eventPayload: event })
      .catch(error => {
        // Announce it again the next time the catalog processes it.
        if (this.announced.get(entityRef) === event.entityDigest) {
          this.announced.delete(entityRef);
        }
        this.options.logger?.warn(
          `Could not announce the governance change of ${entityRef}; the governance reconciliation will evaluate it: ${error}`,
        );
      })
      .finally(() => {
        this.publishing--;
      });
    if (this.publishing > MAX_PUBLISHING) await published;
    return entity;
  }
}
