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
 * The evaluated posture is stored with the app, so reads serve it without
 * evaluating again: the sync, registration and catalog changes evaluate;
 * GET /posture and GET /promotion-gate only read. posture holds the
 * validation, profile, risk breakdown (dimensions, required controls) and
 * the policy findings before any exception waives them; posture_hash lets
 * the sync skip apps whose evaluation did not change.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('governance_apps', table => {
    table.string('title', 255).nullable().comment('metadata.title or name');
    table
      .string('pack_versions', 1024)
      .nullable()
      .comment('Policy packs evaluated, e.g. guardrails-default@1.0.0');
    table
      .text('posture')
      .nullable()
      .comment('JSON: validation, profile, risk, policy findings (unwaived)');
    table
      .string('posture_hash', 64)
      .nullable()
      .comment('SHA-256 of the stored evaluation, to skip unchanged apps');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('governance_apps', table => {
    table.dropColumn('title');
    table.dropColumn('pack_versions');
    table.dropColumn('posture');
    table.dropColumn('posture_hash');
  });
};
