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
import { DashboardTrendPoint } from '@guardrails/plugin-governance-common';
import { Knex } from 'knex';

const SNAPSHOTS = 'governance_daily_snapshots';
const VERIFICATIONS = 'governance_audit_verifications';
// A verification per 15 minutes: a week of them is enough history.
const KEEP_VERIFICATIONS = 700;

const toDate = (value: Date | string | number) =>
  value instanceof Date ? value : new Date(value);

/** A stored result of the scheduled audit verification. */
export interface StoredAuditVerification<T = Record<string, unknown>> {
  verifiedAt: Date;
  result: T;
}

/**
 * What the dashboard keeps over time: one snapshot of its headline figures
 * per day, and the results of the scheduled audit verification.
 */
export class DatabaseDashboardHistoryStore {
  constructor(private readonly db: Knex) {}

  /**
   * Stores the day's figures, and the day's KPI values when given,
   * replacing an earlier snapshot of that day.
   */
  async recordDailySnapshot(
    point: DashboardTrendPoint,
    at: Date,
    kpis?: Record<string, number>,
  ) {
    await this.db(SNAPSHOTS)
      .insert({
        day: point.day,
        figures: JSON.stringify(point),
        recorded_at: at,
        kpis: kpis ? JSON.stringify(kpis) : null,
      })
      .onConflict('day')
      .merge(['figures', 'recorded_at', 'kpis']);
  }

  /** Deletes snapshots of days before `day` (YYYY-MM-DD). */
  async deleteSnapshotsBefore(day: string): Promise<number> {
    return this.db(SNAPSHOTS).where('day', '<', day).delete();
  }

  /** Snapshots from `day` (YYYY-MM-DD) on, oldest first. */
  async listSnapshotsSince(day: string): Promise<DashboardTrendPoint[]> {
    const rows = await this.db(SNAPSHOTS)
      .where('day', '>=', day)
      .orderBy('day')
      .select('figures');
    return rows.map(r => JSON.parse(r.figures) as DashboardTrendPoint);
  }

  async recordVerification(verification: StoredAuditVerification) {
    await this.db(VERIFICATIONS).insert({
      verified_at: verification.verifiedAt,
      result: JSON.stringify(verification.result),
    });
    const newest = await this.db(VERIFICATIONS).max({ id: 'id' }).first();
    await this.db(VERIFICATIONS)
      .where('id', '<=', Number(newest?.id ?? 0) - KEEP_VERIFICATIONS)
      .delete();
  }

  async latestVerification<T>(): Promise<
    StoredAuditVerification<T> | undefined
  > {
    const row = await this.db(VERIFICATIONS).orderBy('id', 'desc').first();
    return row
      ? { verifiedAt: toDate(row.verified_at), result: JSON.parse(row.result) }
      : undefined;
  }
}
