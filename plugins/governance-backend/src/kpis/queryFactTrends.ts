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
import { KpiFactTrends, MonthlyValues } from './KpiStore';
import { monthOf, sqlTime } from './sqlTime';

type Row = Record<string, unknown>;

const APPROVED = ['approved', 'auto-approved'];

const byMonth = (rows: Row[], value = 'v'): MonthlyValues =>
  new Map(
    rows
      .filter(r => r.m !== null && r[value] !== null)
      .map(r => [String(r.m), Number(r[value])]),
  );

/**
 * The monthly values of the KPIs with dated facts since `since`: one grouped
 * query each, whatever the number of apps.
 */
export async function queryFactTrends(
  db: Knex,
  since: Date,
): Promise<KpiFactTrends> {
  const t = sqlTime(db);
  const raw = (sql: string) => db.raw(sql);
  // When each approved request was approved: its last decision, or its
  // creation for an automatic approval.
  const decided = db('governance_approval_decisions')
    .select('request_id')
    .max({ decided: 'decided_at' })
    .groupBy('request_id')
    .as('d');
  const approvedAt = 'coalesce(d.decided, r.created_at)';
  const approvals = db('governance_approval_requests as r')
    .leftJoin(decided, 'd.request_id', 'r.id')
    .whereIn('r.status', APPROVED);

  const [
    created,
    approveRows,
    publishRows,
    deployRows,
    secrets,
    remediation,
    opened,
    restored,
    registered,
    costs,
    overBudget,
  ] = await Promise.all([
    db('governance_apps')
      .where('registered_at', '>=', since)
      .select(raw(`${t.month('registered_at')} as m`))
      .count({ v: '*' })
      .groupByRaw(t.month('registered_at')),
    approvals
      .clone()
      .whereRaw(`${approvedAt} >= ?`, [since])
      .select(
        'r.tier',
        raw(`${t.month(approvedAt)} as m`),
        raw(`avg(${t.hours('r.created_at', approvedAt)}) as v`),
      )
      .groupBy('r.tier')
      .groupByRaw(t.month(approvedAt)),
    db
      .from(
        approvals
          .clone()
          .select('r.entity_ref', raw(`min(${approvedAt}) as first_at`))
          .groupBy('r.entity_ref')
          .as('p'),
      )
      .join('governance_apps as a', 'a.entity_ref', 'p.entity_ref')
      .where('p.first_at', '>=', since)
      .select(
        raw(`${t.month('p.first_at')} as m`),
        raw(`avg(${t.hours('a.registered_at', 'p.first_at')}) as v`),
      )
      .groupByRaw(t.month('p.first_at')),
    db
      .from(
        db('governance_app_deploys')
          .select('entity_ref')
          .min({ first_at: 'deployed_at' })
          .groupBy('entity_ref')
          .as('f'),
      )
      .join('governance_apps as a', 'a.entity_ref', 'f.entity_ref')
      .where('f.first_at', '>=', since)
      .select(
        raw(`${t.month('f.first_at')} as m`),
        raw(`avg(${t.hours('a.registered_at', 'f.first_at')}) as v`),
      )
      .groupByRaw(t.month('f.first_at')),
    db('governance_check_outcomes')
      .where({ check_name: 'secret-scan', outcome: 'blocked' })
      .andWhere('recorded_at', '>=', since)
      .select(raw(`${t.month('recorded_at')} as m`))
      .count({ v: '*' })
      .groupByRaw(t.month('recorded_at')),
    db('governance_finding_history')
      .where('resolved_at', '>=', since)
      .select(
        raw(`${t.month('resolved_at')} as m`),
        raw(`avg(${t.hours('first_seen_at', 'resolved_at')}) as v`),
      )
      .groupByRaw(t.month('resolved_at')),
    db('governance_app_incidents')
      .where('opened_at', '>=', since)
      .select(raw(`${t.month('opened_at')} as m`))
      .count({ v: '*' })
      .groupByRaw(t.month('opened_at')),
    db('governance_app_incidents')
      .where('restored_at', '>=', since)
      .select(
        raw(`${t.month('restored_at')} as m`),
        raw(`avg(${t.hours('opened_at', 'restored_at')}) as v`),
      )
      .groupByRaw(t.month('restored_at')),
    db('governance_apps')
      .whereNot('lifecycle_state', 'retired')
      .select(raw(`${t.month('registered_at')} as m`))
      .count({ v: '*' })
      .groupByRaw(t.month('registered_at')),
    db('governance_app_costs')
      .where('month', '>=', monthOf(since))
      .select('month as m')
      .avg({ v: 'amount' })
      .groupBy('month'),
    db('governance_app_costs as c')
      .join('governance_app_value as v', 'v.entity_ref', 'c.entity_ref')
      .whereNotNull('v.monthly_budget')
      .andWhere('c.month', '>=', monthOf(since))
      .select(
        'c.month as m',
        raw(
          'avg(case when c.amount > v.monthly_budget then 1.0 else 0.0 end) as v',
        ),
      )
      .groupBy('c.month'),
  ]);

  const hoursToApproveByTier = new Map<number, MonthlyValues>();
  for (const row of approveRows as Row[]) {
    const tier = Number(row.tier);
    const months = hoursToApproveByTier.get(tier) ?? new Map();
    months.set(String(row.m), Number(row.v));
    hoursToApproveByTier.set(tier, months);
  }
  return {
    appsCreated: byMonth(created as Row[]),
    hoursToApproveByTier,
    hoursToPublish: byMonth(publishRows as Row[]),
    hoursToFirstDeploy: byMonth(deployRows as Row[]),
    secretsCaught: byMonth(secrets as Row[]),
    hoursToRemediate: byMonth(remediation as Row[]),
    incidentsOpened: byMonth(opened as Row[]),
    hoursToRestore: byMonth(restored as Row[]),
    appsRegistered: byMonth(registered as Row[]),
    costPerApp: byMonth(costs as Row[]),
    overBudgetShare: byMonth(overBudget as Row[]),
  };
}
