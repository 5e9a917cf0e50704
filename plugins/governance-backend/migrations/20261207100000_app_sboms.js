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
 * Declared versus actual: the integration facts derived from each SBOM an
 * app's CI (or the scaffolder) submits. Append-only history, like
 * provenance; an app's latest row holds its current facts. The SBOM itself
 * is not kept, only its digest, size and the derived facts.
 */

exports.up = async function up(knex) {
  await knex.schema.createTable('governance_app_sboms', table => {
    table.comment('SBOMs submitted for apps: digest and derived facts');
    table.increments('id').primary();
    table.string('entity_ref', 255).notNullable();
    table
      .string('sbom_sha256', 64)
      .notNullable()
      .comment('SHA-256 of the SBOM as RFC 8785 canonical JSON');
    table.string('spec_version', 10).notNullable();
    table.integer('component_count').notNullable();
    table
      .string('mapping_version', 20)
      .notNullable()
      .comment('Version of the package-to-integration mapping used');
    table.text('facts').notNullable().comment('JSON: SbomFacts');
    table.string('submitted_by', 255).notNullable();
    table.string('acting_service', 255).nullable();
    table.timestamp('submitted_at', { useTz: true }).notNullable();
    table.index(['entity_ref', 'id'], 'governance_app_sboms_entity_idx');
  });
};

exports.down = async function down(knex) {
  await knex.schema.dropTable('governance_app_sboms');
};
