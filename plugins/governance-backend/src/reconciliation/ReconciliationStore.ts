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
import { Knex } from 'knex';
import { ReconciliationRun } from './ReconciliationService';

const TABLE = 'governance_reconciliations';
// Runs are an operational log: the dashboard and the lag metric read the
// latest; a few days of history is plenty.
const KEEP_RUNS = 2_000;

interface RunRow {
  id?: number;
  started_at: Date | string;
  finished_at: Date | string;
  seen: number;
  evaluated: number;
  written: number;
  failed: number;
  ungoverned: number;
  ungoverned_refs: string;
}

const toDate = (value: Date | string | number) =>
  value instanceof Date ? value : new Date(value);

/** The recorded reconciliation runs, in the plugin's database. */
export class DatabaseReconciliationStore {
  constructor(private readonly db: Knex) {}

  async recordRun(run: ReconciliationRun): Promise<void> {
    await this.db<RunRow>(TABLE).insert({
      started_at: run.startedAt,
      finished_at: run.finishedAt,
      seen: run.seen,
      evaluated: run.evaluated,
      written: run.written,
      failed: run.failed,
      ungoverned: run.ungoverned,
      ungoverned_refs: JSON.stringify(run.ungovernedRefs),
    });
    const [{ id } = { id: 0 }] = await this.db<RunRow>(TABLE)
      .max('id', { as: 'id' })
      .select();
    await this.db<RunRow>(TABLE)
      .where('id', '<=', Number(id) - KEEP_RUNS)
      .delete();
  }

  async latestRun(): Promise<ReconciliationRun | undefined> {
    const row = await this.db<RunRow>(TABLE).orderBy('id', 'desc').first();
    if (!row) return undefined;
    return {
      startedAt: toDate(row.started_at),
      finishedAt: toDate(row.finished_at),
      seen: row.seen,
      evaluated: row.evaluated,
      written: row.written,
      failed: row.failed,
      ungoverned: row.ungoverned,
      ungovernedRefs: JSON.parse(row.ungoverned_refs),
    };
  }
}
