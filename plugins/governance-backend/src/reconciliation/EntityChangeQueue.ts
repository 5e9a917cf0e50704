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
import { Entity } from '@backstage/catalog-model';
import {
  GovernanceEntityChangedEvent,
  governanceEntityDigest,
} from '@guardrails/plugin-governance-node';
import { EventLoopSlicer } from './yieldToEventLoop';

// The catalog announces an entity while processing it and serves it once
// stitched, usually within a second or two. Past the last retry the
// periodic reconciliation picks the change up.
const RETRY_DELAYS_MS = [250, 500, 1_000, 2_000, 4_000, 8_000, 16_000];
// A flood (every entity announced after a restart) stays bounded: past the
// limit new announcements are dropped, and the reconciliation covers them.
const MAX_PENDING = 100_000;

interface Pending {
  event: GovernanceEntityChangedEvent;
  attempt: number;
  notBefore: number;
  /** When the entity's first still unevaluated change was announced. */
  queuedAt: number;
}

/** How far the queue is behind, for the metrics. */
export interface EntityChangeQueueStats {
  /** Entities waiting to be evaluated. */
  length: number;
  /** Epoch milliseconds the longest waiting entity was announced at. */
  oldestQueuedAt?: number;
}

/**
 * Evaluates announced entity changes one at a time, off the publisher's
 * path: `add` returns at once, so the catalog's processing never waits for
 * governance. A newer announcement of the same entity replaces the queued
 * one.
 */
export class EntityChangeQueue {
  private readonly pending = new Map<string, Pending>();
  /** The change being evaluated now: out of `pending`, not yet done. */
  private inFlight?: Pending;
  private draining = false;
  private stopped = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly options: {
      logger: LoggerService;
      /** Whether the stored evaluation already reflects the event. */
      isCurrent: (event: GovernanceEntityChangedEvent) => Promise<boolean>;
      load: (entityRef: string) => Promise<Entity | undefined>;
      evaluate: (entity: Entity) => Promise<void>;
    },
  ) {}

  add(event: GovernanceEntityChangedEvent): void {
    if (this.stopped) return;
    if (
      !this.pending.has(event.entityRef) &&
      this.pending.size >= MAX_PENDING
    ) {
      return;
    }
    const now = Date.now();
    // A newer announcement replaces the queued one; the entity has waited
    // since the first.
    const queuedAt = this.pending.get(event.entityRef)?.queuedAt ?? now;
    this.pending.delete(event.entityRef);
    this.pending.set(event.entityRef, {
      event,
      attempt: 0,
      notBefore: now + RETRY_DELAYS_MS[0],
      queuedAt,
    });
    this.schedule(RETRY_DELAYS_MS[0]);
  }

  /**
   * Read when metrics are collected, never per change. The change being
   * evaluated counts until its evaluation is done, so an empty queue means
   * every announced change is settled.
   */
  stats(): EntityChangeQueueStats {
    const waiting = [...this.pending.values()];
    if (this.inFlight && !this.pending.has(this.inFlight.event.entityRef)) {
      waiting.push(this.inFlight);
    }
    let oldestQueuedAt: number | undefined;
    for (const { queuedAt } of waiting) {
      if (oldestQueuedAt === undefined || queuedAt < oldestQueuedAt) {
        oldestQueuedAt = queuedAt;
      }
    }
    return { length: waiting.length, oldestQueuedAt };
  }

  stop(): void {
    this.stopped = true;
    this.pending.clear();
    clearTimeout(this.timer);
  }

  private schedule(delayMs: number) {
    if (this.draining || this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.drain(), delayMs);
    this.timer.unref();
  }

  private async drain() {
    this.draining = true;
    const slicer = new EventLoopSlicer();
    try {
      for (;;) {
        await slicer.maybeYield();
        const now = Date.now();
        const due = [...this.pending.values()].find(p => p.notBefore <= now);
        if (!due) break;
        this.pending.delete(due.event.entityRef);
        this.inFlight = due;
        try {
          await this.process(due);
        } finally {
          this.inFlight = undefined;
        }
      }
    } finally {
      this.draining = false;
    }
    if (this.pending.size > 0) {
      const next = Math.min(
        ...[...this.pending.values()].map(p => p.notBefore),
      );
      this.schedule(Math.max(0, next - Date.now()));
    }
  }

  private async process(item: Pending) {
    const { event } = item;
    try {
      if (await this.options.isCurrent(event)) return;
      const entity = await this.options.load(event.entityRef);
      if (entity && governanceEntityDigest(entity) === event.entityDigest) {
        await this.options.evaluate(entity);
        return;
      }
    } catch (error) {
      this.options.logger.warn(
        `Governance could not evaluate ${event.entityRef} after a catalog change: ${error}`,
      );
    }
    const attempt = item.attempt + 1;
    if (attempt >= RETRY_DELAYS_MS.length) {
      this.options.logger.debug(
        `Catalog does not serve the announced ${event.entityRef} yet; the reconciliation will evaluate it`,
      );
      return;
    }
    // Unless a newer announcement arrived meanwhile.
    if (!this.pending.has(event.entityRef)) {
      this.pending.set(event.entityRef, {
        event,
        attempt,
        notBefore: Date.now() + RETRY_DELAYS_MS[attempt],
        queuedAt: item.queuedAt,
      });
    }
  }
}
