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
 * Evidence versions: an approval's evidence is signed when it is decided,
 * and provenance recorded after that (a template registration that came
 * after the first evaluation, a fresh SBOM from the app's CI) is signed in
 * a new version of the same approval's evidence instead of being dropped.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('governance_evidence', table => {
    table
      .integer('version')
      .notNullable()
      .defaultTo(1)
      .comment('1 at the decision, then one more for each provenance change');
    table
      .integer('provenance_records')
      .notNullable()
      .defaultTo(0)
      .comment("How many of the app's provenance records the bundle covers");
    table.dropUnique(['approval_id']);
    table.unique(['approval_id', 'version'], {
      indexName: 'governance_evidence_approval_version_uq',
    });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex('governance_evidence').where('version', '>', 1).delete();
  await knex.schema.alterTable('governance_evidence', table => {
    table.dropUnique(
      ['approval_id', 'version'],
      'governance_evidence_approval_version_uq',
    );
    table.unique(['approval_id']);
  });
  await knex.schema.alterTable('governance_evidence', table => {
    table.dropColumn('provenance_records');
    table.dropColumn('version');
  });
};
