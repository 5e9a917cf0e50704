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
 * The app registry: one row per governed catalog entity, holding the
 * lifecycle state and the latest risk snapshot the posture service computed.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('governance_apps', table => {
    table.comment('Governed micro apps and their latest risk snapshot');
    table
      .string('entity_ref', 255)
      .primary()
      .notNullable()
      .comment('Catalog entity ref, e.g. component:default/where2eat');
    table
      .string('lifecycle_state', 32)
      .notNullable()
      .defaultTo('registered')
      .comment(
        'registered, pending-approval, approved, quarantined, retirement-pending, retired',
      );
    table.integer('risk_score').nullable().comment('0-10');
    table.string('risk_level', 8).nullable().comment('low, medium or high');
    table.integer('approval_tier').nullable().comment('0-3');
    table.string('data_classification', 32).nullable();
    table.string('owner_ref', 255).nullable();
    table
      .string('profile_hash', 64)
      .nullable()
      .comment('SHA-256 of the canonical profile, to notice material changes');
    table
      .timestamp('registered_at', { useTz: true })
      .notNullable()
      .defaultTo(knex.fn.now());
    table
      .timestamp('evaluated_at', { useTz: true })
      .notNullable()
      .defaultTo(knex.fn.now());
    table.index(['approval_tier'], 'governance_apps_tier_idx');
    table.index(['lifecycle_state'], 'governance_apps_state_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('governance_apps');
};
