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
import { isUniqueViolation } from '../database/isUniqueViolation';
import {
  AppValueFacts,
  KpiCurrentFigures,
  KpiFactTrends,
  KpiStore,
  MissingValueClaim,
  RoiFigures,
} from './KpiStore';
import { monthOf } from './sqlTime';
import { queryFactTrends } from './queryFactTrends';

type Row = Record<string, any>;
const num = (row: Row | undefined, key = 'n') => Number(row?.[key] ?? 0);
const opt = (value: unknown) =>
  value === null || value === undefined ? undefined : Number(value);

/** The KPIs' aggregates in the plugin's database: no query per app. */
export class DatabaseKpiStore implements KpiStore {
  constructor(private readonly db: Knex) {}

  factTrends(since: Date): Promise<KpiFactTrends> {
    return queryFactTrends(this.db, since);
  }

  /** Apps that count: registered and not retired. */
  private apps(alias = 'a') {
    return this.db(`governance_apps as ${alias}`).whereNot(
      `${alias}.lifecycle_state`,
      'retired',
    );
  }

  async currentFigures(now: Date): Promise<KpiCurrentFigures> {
    const { db } = this;
    // Each app's latest completed attestation.
    const latest = db('governance_attestations')
      .where('status', 'completed')
      .select('entity_ref')
      .max({ at: 'completed_at' })
      .groupBy('entity_ref')
      .as('l');
    const costs = db('governance_app_costs')
      .where('month', monthOf(now))
      .as('c');
    const [
      registered,
      run,
      templates,
      exceptions,
      findings,
      attested,
      owners,
      cost,
    ] = await Promise.all([
      this.apps().count({ n: '*' }).first(),
      db('governance_reconciliations')
        .orderBy('finished_at', 'desc')
        .first('ungoverned'),
      this.apps()
        .whereExists(
          db('governance_app_provenance as p')
            .whereRaw('p.entity_ref = a.entity_ref')
            .select(db.raw('1')),
        )
        .count({ n: '*' })
        .first(),
      this.apps()
        .whereExists(
          db('governance_exceptions as e')
            .whereRaw('e.entity_ref = a.entity_ref')
            .andWhere('e.status', 'granted')
            .select(db.raw('1')),
        )
        .count({ n: '*' })
        .first(),
      this.apps()
        .join('governance_finding_history as f', 'f.entity_ref', 'a.entity_ref')
        .whereNull('f.resolved_at')
        .count({ n: '*' })
        .first(),
      this.apps()
        .join('governance_attestations as t', 't.entity_ref', 'a.entity_ref')
        .join(latest, q =>
          q.on('l.entity_ref', 't.entity_ref').andOn('l.at', 't.completed_at'),
        )
        .where('t.answers', 'like', '%"loggingInPlace":true%')
        .andWhere('t.answers', 'like', '%"retentionRespected":true%')
        .countDistinct({ n: 'a.entity_ref' })
        .first(),
      this.apps()
        .select('a.owner_ref')
        .count({ n: '*' })
        .groupBy('a.owner_ref'),
      this.apps()
        .leftJoin('governance_app_value as v', 'v.entity_ref', 'a.entity_ref')
        .leftJoin(costs, 'c.entity_ref', 'a.entity_ref')
        .select(
          db.raw('avg(coalesce(c.amount, v.monthly_cost)) as cost'),
          db.raw(
            `avg(case when v.monthly_budget is null or coalesce(c.amount, v.monthly_cost) is null then null
              when coalesce(c.amount, v.monthly_cost) > v.monthly_budget then 1.0 else 0.0 end) as over`,
          ),
        )
        .first(),
    ]);
    return {
      registered: num(registered),
      ungoverned: run ? Number(run.ungoverned) : undefined,
      fromTemplates: num(templates),
      withExceptions: num(exceptions),
      openFindings: num(findings),
      loggingAndRetention: num(attested),
      owners: (owners as Row[]).map(r => ({
        ownerRef: r.owner_ref ?? undefined,
        apps: num(r),
      })),
      costPerApp: opt(cost?.cost),
      overBudgetShare: opt(cost?.over),
    };
  }

  async roiFigures(
    staleBefore: string,
    listLimit: number,
  ): Promise<RoiFigures> {
    const { db } = this;
    const latestMonth = db('governance_app_costs')
      .select('entity_ref')
      .max({ month: 'month' })
      .groupBy('entity_ref')
      .as('lm');
    const approved = () =>
      db('governance_apps as a')
        .where('a.lifecycle_state', 'approved')
        .leftJoin('governance_app_value as v', 'v.entity_ref', 'a.entity_ref');
    const current = (q: Knex.QueryBuilder) =>
      q
        .whereNotNull('v.hours_saved_per_week')
        .andWhere('v.claimed_at', '>=', staleBefore);
    const [sums, missing] = await Promise.all([
      current(approved())
        .leftJoin(latestMonth, 'lm.entity_ref', 'a.entity_ref')
        .leftJoin('governance_app_costs as c', q =>
          q.on('c.entity_ref', 'lm.entity_ref').andOn('c.month', 'lm.month'),
        )
        .select(
          db.raw('count(*) as n'),
          db.raw('sum(v.hours_saved_per_week) as hours'),
          db.raw('sum(coalesce(c.amount, v.monthly_cost, 0)) as cost'),
        )
        .first(),
      approved()
        .where(q =>
          q
            .whereNull('v.hours_saved_per_week')
            .orWhereNull('v.claimed_at')
            .orWhere('v.claimed_at', '<', staleBefore),
        )
        .orderBy('a.entity_ref')
        .limit(listLimit)
        .select(
          'a.entity_ref',
          'a.owner_ref',
          'v.hours_saved_per_week',
          'v.claimed_at',
        ),
    ]);
    return {
      deployedApps: num(sums),
      hoursSavedPerWeek: num(sums, 'hours'),
      monthlyCosts: num(sums, 'cost'),
      missing: (missing as Row[]).map(
        (r): MissingValueClaim => ({
          entityRef: r.entity_ref,
          ownerRef: r.owner_ref ?? undefined,
          reason: r.hours_saved_per_week === null ? 'missing' : 'stale',
          claimedAt: r.claimed_at ? `${r.claimed_at}T00:00:00.000Z` : undefined,
        }),
      ),
    };
  }

  async snapshotValues(day: string) {
    const rows = await this.db('governance_daily_snapshots')
      .where('day', '>=', day)
      .whereNotNull('kpis')
      .orderBy('day')
      .select('day', 'kpis');
    return rows.map(r => ({
      day: String(r.day),
      values: JSON.parse(r.kpis) as Record<string, number>,
    }));
  }

  async appValueFacts(entityRef: string): Promise<AppValueFacts> {
    const [value, cost] = await Promise.all([
      this.db('governance_app_value').where('entity_ref', entityRef).first(),
      this.db('governance_app_costs')
        .where('entity_ref', entityRef)
        .orderBy('month', 'desc')
        .first('month', 'amount'),
    ]);
    return {
      hoursSavedPerWeek: opt(value?.hours_saved_per_week),
      peopleServed: opt(value?.people_served),
      claimedAt: value?.claimed_at ?? undefined,
      monthlyBudget: opt(value?.monthly_budget),
      declaredMonthlyCost: opt(value?.monthly_cost),
      currency: value?.currency ?? undefined,
      latestCost: cost
        ? { month: String(cost.month), amount: Number(cost.amount) }
        : undefined,
    };
  }

  async markMonthlyReport(month: string, at: Date, recipients: number) {
    // The month is the key: of several instances, exactly one inserts it.
    try {
      await this.db('governance_kpi_reports').insert({
        month,
        sent_at: at,
        recipients,
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async unmarkMonthlyReport(month: string) {
    await this.db('governance_kpi_reports').where({ month }).delete();
  }
}
