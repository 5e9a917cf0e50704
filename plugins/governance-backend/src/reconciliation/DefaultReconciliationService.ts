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
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  CATALOG_FILTER_EXISTS,
  EntityFilterQuery,
} from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { getRawGovernanceProfile } from '@guardrails/plugin-governance-common';
import {
  GOVERNANCE_ENTITY_FIELDS,
  GovernanceEntityChangedEvent,
  governanceEntityDigest,
} from '@guardrails/plugin-governance-node';
import { AppRegistryStore } from '../appRegistry/AppRegistryStore';
import { evaluationInputDigest } from '../posture/evaluationInputDigest';
import { PostureEvaluator } from '../posture/PostureEvaluator';
import { SbomStore } from '../sbom/SbomStore';
import { EntityChangeQueue, EntityChangeQueueStats } from './EntityChangeQueue';
import {
  ReconciliationRun,
  ReconciliationService,
} from './ReconciliationService';
import { DatabaseReconciliationStore } from './ReconciliationStore';
import { EventLoopSlicer } from './yieldToEventLoop';

const PAGE_SIZE = 250;
const MAX_UNGOVERNED_REFS = 100;

// Governed entities (the catalog indexes leaf values, and every profile
// has a classification), and micro apps without a profile (to count them).
const RECONCILED_ENTITIES: EntityFilterQuery = [
  { 'spec.governance.dataClassification': CATALOG_FILTER_EXISTS },
  { kind: 'component', 'spec.type': 'micro-app' },
];

/** Options of {@link DefaultReconciliationService}. */
export interface DefaultReconciliationServiceOptions {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  appRegistry: AppRegistryStore;
  evaluator: PostureEvaluator;
  store: DatabaseReconciliationStore;
  /** The apps' latest SBOM digests, part of what an evaluation reads. */
  sboms: SbomStore;
  /** Called with each run, e.g. for metrics. */
  onRun?: (run: ReconciliationRun) => void;
  now?: () => Date;
}

/**
 * Reconciles through the catalog's paged query with only the fields an
 * evaluation reads, skips apps whose entity and model digests match what is
 * stored, stores each page's changes in one transaction and gives the event
 * loop a turn every few milliseconds, so other requests are served during a
 * run over 10,000 apps.
 */
export class DefaultReconciliationService implements ReconciliationService {
  private readonly now: () => Date;
  private readonly queue: EntityChangeQueue;

  constructor(private readonly options: DefaultReconciliationServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.queue = new EntityChangeQueue({
      logger: options.logger,
      isCurrent: event => this.isCurrent(event),
      load: entityRef => this.loadEntity(entityRef),
      evaluate: async entity => {
        await options.evaluator.evaluateAndStore(entity, 'event');
      },
    });
  }

  entityChanged(event: GovernanceEntityChangedEvent): void {
    this.queue.add(event);
  }

  /** How far the evaluation of announced changes is behind. */
  queueStats(): EntityChangeQueueStats {
    return this.queue.stats();
  }

  /** Stops retrying queued changes (backend shutdown). */
  stop(): void {
    this.queue.stop();
  }

  latestRun(): Promise<ReconciliationRun | undefined> {
    return this.options.store.latestRun();
  }

  async reconcile(): Promise<ReconciliationRun> {
    const { catalog, evaluator, appRegistry } = this.options;
    const startedAt = this.now();
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const slicer = new EventLoopSlicer();
    const modelDigest = evaluator.modelDigest();
    const run = { seen: 0, evaluated: 0, written: 0, failed: 0 };
    const ungovernedRefs: string[] = [];
    let ungoverned = 0;
    let cursor: string | undefined;
    do {
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE, fields: [...GOVERNANCE_ENTITY_FIELDS] }
          : {
              filter: RECONCILED_ENTITIES,
              limit: PAGE_SIZE,
              fields: [...GOVERNANCE_ENTITY_FIELDS],
            },
        { credentials },
      );
      cursor = page.pageInfo.nextCursor;
      const governed: Entity[] = [];
      for (const entity of page.items) {
        if (getRawGovernanceProfile(entity) !== undefined) {
          governed.push(entity);
        } else {
          ungoverned++;
          if (ungovernedRefs.length < MAX_UNGOVERNED_REFS) {
            ungovernedRefs.push(stringifyEntityRef(entity));
          }
        }
      }
      run.seen += governed.length;
      const refs = governed.map(e => stringifyEntityRef(e));
      const stored = await appRegistry.getEvaluationDigests(refs);
      const sbomDigests = await this.options.sboms.latestDigests(refs);
      const changed = governed.filter(entity => {
        const ref = stringifyEntityRef(entity);
        const digests = stored.get(ref);
        return !(
          digests?.postureHash &&
          digests.modelDigest === modelDigest &&
          digests.entityDigest ===
            evaluationInputDigest(
              governanceEntityDigest(entity),
              sbomDigests.get(ref),
            )
        );
      });
      const counts = await evaluator.evaluateBatch(
        changed,
        new Map(
          changed.map(e => {
            const ref = stringifyEntityRef(e);
            return [ref, stored.get(ref)?.postureHash];
          }),
        ),
        () => slicer.maybeYield(),
      );
      run.evaluated += counts.evaluated;
      run.written += counts.written;
      run.failed += counts.failed;
      await slicer.maybeYield();
    } while (cursor);
    const result: ReconciliationRun = {
      startedAt,
      finishedAt: this.now(),
      ...run,
      ungoverned,
      ungovernedRefs,
    };
    await this.options.store.recordRun(result);
    this.options.onRun?.(result);
    return result;
  }

  private async isCurrent(event: GovernanceEntityChangedEvent) {
    const stored = (
      await this.options.appRegistry.getEvaluationDigests([event.entityRef])
    ).get(event.entityRef);
    const sbomDigest = (
      await this.options.sboms.latestDigests([event.entityRef])
    ).get(event.entityRef);
    return Boolean(
      stored?.postureHash &&
        stored.entityDigest ===
          evaluationInputDigest(event.entityDigest, sbomDigest) &&
        stored.modelDigest === this.options.evaluator.modelDigest(),
    );
  }

  private async loadEntity(entityRef: string) {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { items } = await this.options.catalog.getEntitiesByRefs(
      { entityRefs: [entityRef], fields: [...GOVERNANCE_ENTITY_FIELDS] },
      { credentials },
    );
    return items[0] ?? undefined;
  }
}
