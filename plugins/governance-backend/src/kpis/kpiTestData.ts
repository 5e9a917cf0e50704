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

/** "Now" of the KPI tests: mid-December 2026. */
export const NOW = new Date('2026-12-15T12:00:00Z');

const t = (iso: string) => new Date(iso);
const app = (
  name: string,
  fields: { tier: number; state: string; owner?: string; registered: string },
) => ({
  entity_ref: `component:default/${name}`,
  lifecycle_state: fields.state,
  approval_tier: fields.tier,
  owner_ref: fields.owner ?? null,
  registered_at: t(fields.registered),
  evaluated_at: t(fields.registered),
});

/** The apps of the seed: a1, a2 approved tier 0; a3 pending; a4 retired. */
export const A1 = 'component:default/a1';
export const A2 = 'component:default/a2';
export const A3 = 'component:default/a3';

/**
 * Facts with known answers (see DefaultKpiService.test.ts): every number
 * there follows from these rows by hand.
 */
export async function seedKpiFacts(db: Knex) {
  await db('governance_apps').insert([
    app('a1', {
      tier: 0,
      state: 'approved',
      owner: 'group:default/team-a',
      registered: '2026-12-01T00:00:00Z',
    }),
    app('a2', {
      tier: 0,
      state: 'approved',
      owner: 'group:default/ghost-team',
      registered: '2026-12-02T00:00:00Z',
    }),
    app('a3', {
      tier: 2,
      state: 'pending-approval',
      registered: '2026-11-10T00:00:00Z',
    }),
    app('a4', {
      tier: 1,
      state: 'retired',
      owner: 'group:default/team-a',
      registered: '2026-10-01T00:00:00Z',
    }),
  ]);
  const request = (
    id: string,
    ref: string,
    tier: number,
    status: string,
    created: string,
  ) => ({
    id,
    entity_ref: ref,
    sequence: 1,
    material_hash: 'h',
    tier,
    required_roles: '[]',
    status,
    reason: 'r',
    created_at: t(created),
  });
  await db('governance_approval_requests').insert([
    request('r1', A1, 0, 'auto-approved', '2026-12-01T00:00:00Z'),
    request('r2', A2, 0, 'approved', '2026-12-02T00:00:00Z'),
    request('r3', A3, 2, 'pending', '2026-11-10T00:00:00Z'),
  ]);
  const decision = (role: string, at: string) => ({
    request_id: 'r2',
    role,
    decision: 'approve',
    comment: 'ok',
    decided_by: 'user:default/frank',
    decided_at: t(at),
  });
  await db('governance_approval_decisions').insert([
    decision('team-lead', '2026-12-02T10:00:00Z'),
    decision('security', '2026-12-02T12:00:00Z'),
  ]);
  await db('governance_reconciliations').insert({
    started_at: t('2026-12-15T11:00:00Z'),
    finished_at: t('2026-12-15T11:01:00Z'),
    seen: 3,
    evaluated: 3,
    written: 3,
    failed: 0,
    ungoverned: 1,
    ungoverned_refs: '["component:default/shadow"]',
  });
  await db('governance_app_provenance').insert({
    entity_ref: A1,
    registered_by: 'user:default/ada',
    registered_at: t('2026-12-01T00:00:00Z'),
  });
  await db('governance_exceptions').insert({
    id: 'e1',
    entity_ref: A2,
    pack_id: 'p',
    rule_id: 'r',
    justification: 'j',
    compensating_controls: 'c',
    requested_days: 7,
    status: 'granted',
    requested_by: 'user:default/ada',
    requested_at: t('2026-12-03T00:00:00Z'),
    expires_at: t('2026-12-10T00:00:00Z'),
  });
  const value = (ref: string, v: Record<string, unknown>) => ({
    entity_ref: ref,
    ...v,
  });
  await db('governance_app_value').insert([
    // The article's app: 10 h/week, no cost beyond the overhead.
    value(A1, { hours_saved_per_week: 10, claimed_at: '2026-11-01' }),
    value(A2, {
      hours_saved_per_week: 4,
      claimed_at: '2020-01-01',
      monthly_budget: 100,
      monthly_cost: 50,
    }),
    value(A3, { monthly_budget: 100, monthly_cost: 50 }),
  ]);
  const reported = { reported_by: 'service:app-ci', reported_at: NOW };
  await db('governance_app_costs').insert([
    { entity_ref: A2, month: '2026-12', amount: 150, ...reported },
    { entity_ref: A2, month: '2026-11', amount: 80, ...reported },
  ]);
  await db('governance_app_incidents').insert([
    {
      entity_ref: A1,
      incident_id: 'inc-1',
      opened_at: t('2026-12-03T00:00:00Z'),
      restored_at: t('2026-12-03T04:00:00Z'),
      ...reported,
    },
    {
      entity_ref: A2,
      incident_id: 'inc-2',
      opened_at: t('2026-12-05T00:00:00Z'),
      restored_at: t('2026-12-05T02:00:00Z'),
      ...reported,
    },
  ]);
  await db('governance_app_deploys').insert([
    { entity_ref: A1, deployed_at: t('2026-12-01T06:00:00Z'), ...reported },
    { entity_ref: A1, deployed_at: t('2026-12-09T06:00:00Z'), ...reported },
    { entity_ref: A2, deployed_at: t('2026-12-03T00:00:00Z'), ...reported },
  ]);
  const outcome = (id: string, outcomeOf: string, at: string) => ({
    id,
    check_name: 'secret-scan',
    outcome: outcomeOf,
    security_event: outcomeOf === 'blocked',
    template_ref: 'template:default/dashboard',
    user_ref: 'user:default/ada',
    subject_ref: 'template:default/dashboard',
    findings: outcomeOf === 'blocked' ? 1 : 0,
    rules: '[]',
    recorded_by: 'user:default/ada',
    recorded_at: t(at),
  });
  await db('governance_check_outcomes').insert([
    outcome('o1', 'blocked', '2026-12-04T00:00:00Z'),
    outcome('o2', 'blocked', '2026-12-05T00:00:00Z'),
    outcome('o3', 'passed', '2026-12-05T00:00:00Z'),
    outcome('o4', 'blocked', '2026-11-05T00:00:00Z'),
  ]);
  await db('governance_finding_history').insert([
    {
      entity_ref: A1,
      finding_key: 'p/x',
      first_seen_at: t('2026-12-01T00:00:00Z'),
      resolved_at: t('2026-12-01T10:00:00Z'),
    },
    {
      entity_ref: A2,
      finding_key: 'p/y',
      first_seen_at: t('2026-11-20T00:00:00Z'),
      resolved_at: t('2026-12-02T00:00:00Z'),
    },
    {
      entity_ref: A3,
      finding_key: 'p/z',
      first_seen_at: t('2026-11-10T00:00:00Z'),
    },
  ]);
  const attestation = (id: string, ref: string, logging: boolean) => ({
    id,
    entity_ref: ref,
    owner_ref: 'group:default/team-a',
    campaign: '2026-Q4',
    due_at: t('2026-12-31T00:00:00Z'),
    status: 'completed',
    created_at: t('2026-12-01T00:00:00Z'),
    completed_at: t('2026-12-02T00:00:00Z'),
    completed_by: 'user:default/ada',
    answers: JSON.stringify({
      loggingInPlace: logging,
      retentionRespected: true,
    }),
  });
  await db('governance_attestations').insert([
    attestation('t1', A1, true),
    attestation('t2', A2, false),
  ]);
  const snapshot = (day: string, kpis: Record<string, number>) => ({
    day,
    figures: JSON.stringify({ day }),
    recorded_at: t(`${day}T23:00:00Z`),
    kpis: JSON.stringify(kpis),
  });
  await db('governance_daily_snapshots').insert([
    snapshot('2026-11-10', { 'registered-share': 0.2 }),
    snapshot('2026-11-30', { 'registered-share': 0.5, 'orphaned-apps': 4 }),
  ]);
}
