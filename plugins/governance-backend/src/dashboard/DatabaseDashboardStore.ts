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
import {
  AppBreakdownRow,
  AppCounts,
  DashboardStore,
  PendingApprovalCounts,
} from './DashboardStore';

type Row = Record<string, unknown>;
const count = (row: Row | undefined) => Number(row?.n ?? 0);

/** Dashboard aggregates computed in the plugin's database. */
export class DatabaseDashboardStore implements DashboardStore {
  constructor(private readonly db: Knex) {}

  async appCounts(): Promise<AppCounts> {
    const byTier: Record<string, number> = {};
    const byLifecycle: Record<string, number> = {};
    let total = 0;
    for (const row of await this.appBreakdown()) {
      byLifecycle[row.lifecycleState] =
        (byLifecycle[row.lifecycleState] ?? 0) + row.count;
      // Apps not evaluated yet have no tier: counted by state only.
      if (row.tier === undefined) continue;
      byTier[row.tier] = (byTier[row.tier] ?? 0) + row.count;
      total += row.count;
    }
    return {
      total,
      byTier,
      byLifecycle,
      fromTemplates: count(
        // Provenance is history: several records may name one app.
        await this.db('governance_app_provenance')
          .countDistinct({ n: 'entity_ref' })
          .first(),
      ),
    };
  }

  async appBreakdown(): Promise<AppBreakdownRow[]> {
    const rows: Row[] = await this.db('governance_apps')
      .select('approval_tier', 'lifecycle_state')
      .count({ n: '*' })
      .groupBy('approval_tier', 'lifecycle_state');
    return rows.map(r => ({
      tier: r.approval_tier === null ? undefined : Number(r.approval_tier),
      lifecycleState: String(r.lifecycle_state),
      count: count(r),
    }));
  }

  async pendingApprovals(now: Date): Promise<PendingApprovalCounts[]> {
    const rows: Row[] = await this.db('governance_approval_requests')
      .select('tier')
      .count({ n: '*' })
      .sum({
        past: this.db.raw('case when due_at < ? then 1 else 0 end', [now]),
      })
      .where('status', 'pending')
      .groupBy('tier');
    return rows.map(r => ({
      tier: Number(r.tier),
      pending: count(r),
      pastSla: Number(r.past ?? 0),
    }));
  }

  async approvalTimes(): Promise<{ reviewed: number; medianHours?: number }> {
    // Per approved request: creation and its last decision.
    const approved = this.db('governance_approval_requests as r')
      .join('governance_approval_decisions as d', 'd.request_id', 'r.id')
      .where('r.status', 'approved')
      .groupBy('r.id', 'r.created_at')
      .select('r.created_at')
      .max({ decided: 'd.decided_at' });
    if (this.db.client.config.client === 'pg') {
      const row: Row | undefined = await this.db
        .from(approved.as('t'))
        .select(
          this.db.raw('count(*) as n'),
          this.db.raw(
            'percentile_cont(0.5) within group (order by extract(epoch from (t.decided - t.created_at))) / 3600 as median',
          ),
        )
        .first();
      const reviewed = count(row);
      return {
        reviewed,
        medianHours: reviewed ? Number(row!.median) : undefined,
      };
    }
    // SQLite keeps timestamps as epoch milliseconds and has no percentile:
    // the middle one or two rows, in order.
    const reviewed = count(
      await this.db.from(approved.as('t')).count({ n: '*' }).first(),
    );
    if (reviewed === 0) return { reviewed };
    const middle: Row[] = await this.db
      .from(approved.as('t'))
      .select(this.db.raw('(t.decided - t.created_at) / 3600000.0 as hours'))
      .orderBy('hours')
      .limit(reviewed % 2 ? 1 : 2)
      .offset(Math.floor((reviewed - 1) / 2));
    const hours = middle.map(r => Number(r.hours));
    return {
      reviewed,
      medianHours: hours.reduce((a, b) => a + b, 0) / hours.length,
    };
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

  async attestationCounts(now: Date) {
    const rows: Row[] = await this.db('governance_attestations')
      .select('status')
      .count({ n: '*' })
      .sum({
        overdue: this.db.raw('case when due_at < ? then 1 else 0 end', [now]),
      })
      .whereIn('status', ['open', 'completed'])
      .groupBy('status');
    const byStatus = new Map(rows.map(r => [r.status, r]));
    return {
      completed: count(byStatus.get('completed')),
      open: count(byStatus.get('open')),
      overdue: Number(byStatus.get('open')?.overdue ?? 0),
    };
  }

  async exceptionCounts(now: Date) {
    const active = await this.db('governance_exceptions')
      .where('status', 'granted')
      .andWhere('expires_at', '>', now)
      .count({ n: '*' })
      .first();
    const requested = await this.db('governance_exceptions')
      .where('status', 'requested')
      .count({ n: '*' })
      .first();
    return { active: count(active), requested: count(requested) };
  }

  async retirementsUntil(day: string) {
    const rows = await this.db('governance_apps')
      .where('retirement_date', '<=', day)
      .orderBy('retirement_date')
      .select('entity_ref', 'retirement_date');
    return rows.map(r => ({
      entityRef: String(r.entity_ref),
      date: String(r.retirement_date),
    }));
  }
}
