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
import { AppCounts, DashboardStore } from './DashboardStore';

type Row = Record<string, unknown>;
const count = (row: Row | undefined) => Number(row?.n ?? 0);

/** Dashboard aggregates computed in the plugin's database. */
export class DatabaseDashboardStore implements DashboardStore {
  constructor(private readonly db: Knex) {}

  async appCounts(): Promise<AppCounts> {
    const byTier = await this.db('governance_apps')
      .select('approval_tier as key')
      .count({ n: '*' })
      .groupBy('approval_tier');
    const byLifecycle = await this.db('governance_apps')
      .select('lifecycle_state as key')
      .count({ n: '*' })
      .groupBy('lifecycle_state');
    const toCounts = (rows: Row[]): Record<string, number> =>
      Object.fromEntries(
        rows.filter(r => r.key !== null).map(r => [String(r.key), count(r)]),
      );
    return {
      total: Object.values(toCounts(byTier as Row[])).reduce(
        (a, b) => a + b,
        0,
      ),
      byTier: toCounts(byTier as Row[]),
      byLifecycle: toCounts(byLifecycle as Row[]),
      fromTemplates: count(
        // Provenance is history: several records may name one app.
        await this.db('governance_app_provenance')
          .countDistinct({ n: 'entity_ref' })
          .first(),
      ),
    };
  }

  async approvalHours(): Promise<number[]> {
    const rows = await this.db('governance_approval_requests as r')
      .join('governance_approval_decisions as d', 'd.request_id', 'r.id')
      .where('r.status', 'approved')
      .groupBy('r.id', 'r.created_at')
      .select('r.created_at')
      .max({ decided: 'd.decided_at' });
    return (rows as Row[]).map(
      (r: any) =>
        (new Date(r.decided).getTime() - new Date(r.created_at).getTime()) /
        3_600_000,
    );
  }

  async approvalStatusCounts() {
    const rows = await this.db('governance_approval_requests')
      .select('status as key')
      .count({ n: '*' })
      .groupBy('status');
    return Object.fromEntries(
      (rows as Row[]).map(r => [String(r.key), count(r)]),
    ) as Record<string, number>;
  }

  // Dates are compared in JavaScript: SQLite and PostgreSQL store them
  // differently, and these tables stay small.
  async attestationCounts(now: Date) {
    const rows = await this.db('governance_attestations').select(
      'status',
      'due_at',
    );
    const open = rows.filter(r => r.status === 'open');
    return {
      completed: rows.filter(r => r.status === 'completed').length,
      open: open.length,
      overdue: open.filter(r => new Date(r.due_at).getTime() < now.getTime())
        .length,
    };
  }

  async exceptionCounts(now: Date) {
    const rows = await this.db('governance_exceptions').select(
      'status',
      'expires_at',
    );
    return {
      active: rows.filter(
        r =>
          r.status === 'granted' &&
          r.expires_at &&
          new Date(r.expires_at).getTime() > now.getTime(),
      ).length,
      requested: rows.filter(r => r.status === 'requested').length,
    };
  }
}
