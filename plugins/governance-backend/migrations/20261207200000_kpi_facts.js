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
// @ts-check

/**
 * Issue 13, the program's KPIs: the facts an app's CI reports (costs by
 * month, incidents, deploys), the outcomes of the scaffolder's governance
 * checks (failures included), the history of each app's policy findings
 * (first seen, resolved) and the value and cost an app's profile declares,
 * kept in columns so the KPIs are SQL aggregates.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('governance_app_costs', table => {
    table.comment(
      'Actual cost of an app per month, as its CI or platform reports it',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('month', 7).notNullable().comment('YYYY-MM');
    table.double('amount').notNullable();
    table.string('currency', 10).nullable();
    table.string('reported_by', 255).notNullable();
    table.timestamp('reported_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'month']);
    table.index(['month'], 'governance_app_costs_month_idx');
  });
  await knex.schema.createTable('governance_app_incidents', table => {
    table.comment(
      'Incidents of an app, keyed by the id in the reporting system',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('incident_id', 200).notNullable();
    table.timestamp('opened_at', { useTz: true }).notNullable();
    table.timestamp('restored_at', { useTz: true }).nullable();
    table.string('severity', 50).nullable();
    table.string('reported_by', 255).notNullable();
    table.timestamp('reported_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'incident_id']);
    table.index(['opened_at'], 'governance_app_incidents_opened_idx');
    table.index(['restored_at'], 'governance_app_incidents_restored_idx');
  });
  await knex.schema.createTable('governance_app_deploys', table => {
    table.comment('Deploys of an app, as its CI reports them');
    table.string('entity_ref', 255).notNullable();
    table.timestamp('deployed_at', { useTz: true }).notNullable();
    table.string('version', 200).nullable();
    table.string('environment', 100).nullable();
    table.string('reported_by', 255).notNullable();
    table.timestamp('reported_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'deployed_at']);
    table.index(['deployed_at'], 'governance_app_deploys_at_idx');
  });
  await knex.schema.createTable('governance_check_outcomes', table => {
    table.comment(
      'Outcomes of the governance checks of the scaffolder; never a secret',
    );
    table.string('id', 36).primary();
    table
      .string('check_name', 32)
      .notNullable()
      .comment('secret-scan, policy, sbom, risk');
    table
      .string('outcome', 16)
      .notNullable()
      .comment('passed, warned, blocked');
    table.boolean('security_event').notNullable();
    table.string('template_ref', 255).nullable();
    table.string('task_id', 255).nullable();
    table.string('user_ref', 255).notNullable().comment('Who ran the template');
    table
      .string('subject_ref', 255)
      .notNullable()
      .comment('The audit event names this: the template, else the user');
    table.integer('findings').notNullable();
    table.text('rules').notNullable().comment('JSON: rule ids, no values');
    table.string('recorded_by', 255).notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.index(
      ['check_name', 'recorded_at'],
      'governance_check_outcomes_check_idx',
    );
  });
  await knex.schema.createTable('governance_finding_history', table => {
    table.comment(
      'When each policy finding of an app was first seen and resolved',
    );
    table.increments('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.string('finding_key', 300).notNullable().comment('packId/ruleId');
    table.string('severity', 16).nullable();
    table.timestamp('first_seen_at', { useTz: true }).notNullable();
    table.timestamp('resolved_at', { useTz: true }).nullable();
    table.index(
      ['entity_ref', 'resolved_at'],
      'governance_finding_history_open_idx',
    );
    table.index(['resolved_at'], 'governance_finding_history_resolved_idx');
  });
  await knex.schema.createTable('governance_app_value', table => {
    table.comment('The value and cost the profile of an app declares');
    table.string('entity_ref', 255).primary();
    table.double('hours_saved_per_week').nullable();
    table.integer('people_served').nullable();
    table.string('claimed_at', 10).nullable().comment('YYYY-MM-DD');
    table.double('monthly_budget').nullable();
    table.double('monthly_cost').nullable();
    table.string('currency', 10).nullable();
  });
  await backfill(knex);
};

/**
 * Findings and declared value of the postures stored before this migration,
 * a page of apps at a time: first seen at their evaluation.
 *
 * @param {import('knex').Knex} knex
 */
async function backfill(knex) {
  let after = '';
  for (;;) {
    const apps = await knex('governance_apps')
      .where('entity_ref', '>', after)
      .whereNotNull('posture')
      .orderBy('entity_ref')
      .limit(200)
      .select('entity_ref', 'posture', 'evaluated_at');
    if (apps.length === 0) return;
    const findings = [];
    const values = [];
    for (const app of apps) {
      let posture;
      try {
        posture = JSON.parse(app.posture);
      } catch {
        continue;
      }
      const keys = new Map();
      for (const f of posture?.policy?.findings ?? []) {
        keys.set(`${f.packId}/${f.ruleId}`, f.severity ?? null);
      }
      for (const [key, severity] of keys) {
        findings.push({
          entity_ref: app.entity_ref,
          finding_key: key,
          severity,
          first_seen_at: app.evaluated_at,
        });
      }
      const profile = posture?.profile ?? {};
      values.push({
        entity_ref: app.entity_ref,
        hours_saved_per_week: profile.value?.hoursSavedPerWeek ?? null,
        people_served: profile.value?.peopleServed ?? null,
        claimed_at: profile.value?.claimedAt ?? null,
        monthly_budget: profile.cost?.monthlyBudget ?? null,
        monthly_cost: profile.cost?.monthlyCost ?? null,
        currency: profile.cost?.currency ?? null,
      });
    }
    if (findings.length > 0) {
      await knex.batchInsert('governance_finding_history', findings, 100);
    }
    if (values.length > 0) {
      await knex.batchInsert('governance_app_value', values, 100);
    }
    after = apps[apps.length - 1].entity_ref;
  }
}

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('governance_app_value');
  await knex.schema.dropTable('governance_finding_history');
  await knex.schema.dropTable('governance_check_outcomes');
  await knex.schema.dropTable('governance_app_deploys');
  await knex.schema.dropTable('governance_app_incidents');
  await knex.schema.dropTable('governance_app_costs');
};
