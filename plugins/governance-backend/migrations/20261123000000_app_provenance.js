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
 * How an app was created: the template and task that registered it, its
 * repository, and the SBOM and secret-scan results attached at creation.
 * One row per app; a later registration of the same app replaces it.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('governance_app_provenance', table => {
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
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('governance_app_provenance');
};
