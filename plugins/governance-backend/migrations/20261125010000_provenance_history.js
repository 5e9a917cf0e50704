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
 * Provenance becomes append-only history: every registration adds a row
 * naming who asserted it (the user, or a CI token's subject) and through
 * which service (the scaffolder plugin, or the CI token); rows are never
 * updated or deleted, and the latest row of an app is its provenance. The
 * one-row-per-app table is copied into the new one, which takes its name.
 */

const TABLE = 'governance_app_provenance';
const NEW_TABLE = 'governance_app_provenance_history';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(NEW_TABLE, table => {
    table.comment('Append-only provenance records of apps, latest wins');
    table.increments('id').primary();
    table.string('entity_ref', 255).notNullable().index();
    table.string('template_ref', 255).nullable();
    table.string('task_id', 255).nullable();
    table.text('repo_url').nullable();
    table.text('sbom').nullable().comment('JSON summary of the CycloneDX SBOM');
    table.text('secret_scan').nullable().comment('JSON secret-scan summary');
    table
      .string('registered_by', 255)
      .notNullable()
      .comment('Who asserted it: a user ref, or service:<CI token subject>');
    table
      .string('acting_service', 255)
      .nullable()
      .comment('Through which service: plugin:scaffolder or a CI subject');
    table.timestamp('registered_at', { useTz: true }).notNullable();
  });
  const rows = await knex(TABLE).orderBy('registered_at');
  for (const row of rows) {
    await knex(NEW_TABLE).insert({ ...row, acting_service: null });
  }
  await knex.schema.dropTable(TABLE);
  await knex.schema.renameTable(NEW_TABLE, TABLE);
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.renameTable(TABLE, NEW_TABLE);
  await knex.schema.createTable(TABLE, table => {
    table.comment('Creation record of apps registered by templates');
    table.string('entity_ref', 255).primary();
    table.string('template_ref', 255).nullable();
    table.string('task_id', 255).nullable();
    table.text('repo_url').nullable();
    table.text('sbom').nullable().comment('JSON summary of the CycloneDX SBOM');
    table.text('secret_scan').nullable().comment('JSON secret-scan summary');
    table.string('registered_by', 255).notNullable();
    table.timestamp('registered_at', { useTz: true }).notNullable();
  });
  // The older schema keeps one row per app: the latest record.
  const rows = await knex(NEW_TABLE).orderBy('id');
  const latest = new Map(rows.map(row => [row.entity_ref, row]));
  for (const row of latest.values()) {
    await knex(TABLE).insert({
      entity_ref: row.entity_ref,
      template_ref: row.template_ref,
      task_id: row.task_id,
      repo_url: row.repo_url,
      sbom: row.sbom,
      secret_scan: row.secret_scan,
      registered_by: row.registered_by,
      registered_at: row.registered_at,
    });
  }
  await knex.schema.dropTable(NEW_TABLE);
};
