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
 * Owner attestations: one task per app per campaign (cadence period).
 * (entity_ref, campaign) is unique, so backends running the campaign task
 * at once create each task once.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('governance_attestations', table => {
    table.comment('Owner attestation tasks and their answers');
    table.string('id', 36).primary();
    table.string('entity_ref', 255).notNullable();
    table.string('owner_ref', 255).notNullable();
    table.string('campaign', 64).notNullable();
    table.timestamp('due_at', { useTz: true }).notNullable();
    table.string('status', 16).notNullable().comment('open or completed');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('completed_at', { useTz: true }).nullable();
    table.string('completed_by', 255).nullable();
    table.text('answers').nullable().comment('JSON');
    table.timestamp('reminded_at', { useTz: true }).nullable();
    table.timestamp('escalated_at', { useTz: true }).nullable();
    table.unique(['entity_ref', 'campaign'], {
      indexName: 'governance_attestations_campaign_uq',
    });
    table.index(['status', 'due_at'], 'governance_attestations_due_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('governance_attestations');
};
