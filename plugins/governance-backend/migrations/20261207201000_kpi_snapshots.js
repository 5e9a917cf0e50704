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
 * Issue 13: the daily snapshot also keeps the KPI values of the day (the
 * trend of past months reads the last snapshot of each month), and the
 * monthly report's marker makes its notification go out once a month, even
 * with several backend instances.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('governance_daily_snapshots', table => {
    table
      .text('kpis')
      .nullable()
      .comment('JSON: KPI id to the value of the day');
  });
  await knex.schema.createTable('governance_kpi_reports', table => {
    table.comment('Monthly KPI reports announced to the governance admins');
    table.string('month', 7).primary().comment('YYYY-MM of the report');
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.integer('recipients').notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('governance_kpi_reports');
  await knex.schema.alterTable('governance_daily_snapshots', table => {
    table.dropColumn('kpis');
  });
};
