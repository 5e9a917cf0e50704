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
import { GovernanceEntityChangedEvent } from '@guardrails/plugin-governance-node';

/** One run of the periodic reconciliation, as recorded. */
export interface ReconciliationRun {
  startedAt: Date;
  finishedAt: Date;
  /** Governed entities paged from the catalog. */
  seen: number;
  /** Entities whose inputs changed, so they were evaluated. */
  evaluated: number;
  /** Apps whose stored posture changed. */
  written: number;
  failed: number;
  /** Micro apps in the catalog without a governance profile. */
  ungoverned: number;
  /** The first of them, for the dashboard's list. */
  ungovernedRefs: string[];
}

/**
 * Keeps the stored postures in step with the catalog: at once for an entity
 * the catalog announces as changed, and periodically for every governed
 * entity as a safety net, evaluating only those whose inputs changed.
 */
export interface ReconciliationService {
  /** Pages through the catalog and evaluates what changed; records the run. */
  reconcile(): Promise<ReconciliationRun>;
  /**
   * Queues one entity the catalog announced, and returns at once: it is
   * evaluated as soon as the catalog serves the announced version. A repeat
   * of what is stored changes nothing.
   */
  entityChanged(event: GovernanceEntityChangedEvent): void;
  /** The latest recorded run, if any. */
  latestRun(): Promise<ReconciliationRun | undefined>;
}
