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
/*
 * Reconciliation at scale. governance_apps keeps the digests of what an
 * evaluation read (the entity's governance-relevant fields, and the risk
 * model, packs and day), so the periodic reconciliation and catalog change
 * events skip apps whose inputs did not change; retirement_date is indexed
 * for the dashboard. governance_reconciliations records each run (for the
 * lag metric and the ungoverned apps it saw); governance_daily_snapshots
 * keeps 13 months of the dashboard's headline figures for trend charts;
 * governance_audit_verifications keeps the scheduled verification's result,
 * which the dashboard shows instead of verifying on every request.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('governance_apps', table => {
    table
      .string('entity_digest', 64)
      .nullable()
      .comment('SHA-256 of the entity fields the evaluation reads');
    table
      .string('model_digest', 64)
      .nullable()
      .comment('SHA-256 of the risk model, policy packs and evaluation day');
    table
      .string('retirement_date', 10)
      .nullable()
      .comment('Planned retirement date of the profile, YYYY-MM-DD');
    table.index(['retirement_date'], 'governance_apps_retirement_idx');
  });
  await knex.schema.createTable('governance_reconciliations', table => {
    table.comment('Runs of the periodic governance reconciliation');
    table.increments('id').primary();
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('finished_at', { useTz: true }).notNullable();
    table.integer('seen').notNullable().comment('Governed entities paged');
    table.integer('evaluated').notNullable().comment('Inputs changed');
    table.integer('written').notNullable().comment('Stored postures changed');
    table.integer('failed').notNullable();
    table.integer('ungoverned').notNullable().comment('Micro apps, no profile');
    table
      .text('ungoverned_refs')
      .notNullable()
      .comment('JSON: the first ungoverned micro apps seen');
    table.index(['finished_at'], 'governance_reconciliations_finished_idx');
  });
  await knex.schema.createTable('governance_daily_snapshots', table => {
    table.comment('The dashboard headline figures, one row per day');
    table.string('day', 10).primary().notNullable().comment('YYYY-MM-DD, UTC');
    table.text('figures').notNullable().comment('JSON: DashboardTrendPoint');
    table.timestamp('recorded_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('governance_audit_verifications', table => {
    table.comment('Results of the scheduled audit log verification');
    table.increments('id').primary();
    table.timestamp('verified_at', { useTz: true }).notNullable();
    table.text('result').notNullable().comment('JSON: the verify result');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('governance_audit_verifications');
  await knex.schema.dropTable('governance_daily_snapshots');
  await knex.schema.dropTable('governance_reconciliations');
  await knex.schema.alterTable('governance_apps', table => {
    table.dropIndex(['retirement_date'], 'governance_apps_retirement_idx');
    table.dropColumn('entity_digest');
    table.dropColumn('model_digest');
    table.dropColumn('retirement_date');
  });
};
