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
 * Approval requests by tier and the reviewers' decisions.
 *
 * (entity_ref, sequence) is unique, so two backends noticing the same
 * profile change open one request; (request_id, role) is unique, so each
 * required role decides exactly once. Decisions are never updated.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('governance_approval_requests', table => {
    table.comment('Approval requests, one per registration or material change');
    table.string('id', 36).primary();
    table.string('entity_ref', 255).notNullable();
    table
      .integer('sequence')
      .notNullable()
      .comment('1 for the first request of the app, then 2, ...');
    table.string('material_hash', 64).notNullable();
    table.integer('tier').notNullable();
    table
      .text('required_roles')
      .notNullable()
      .comment('JSON list of reviewer roles');
    table.string('status', 24).notNullable();
    table.text('reason').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('due_at', { useTz: true }).nullable();
    table.unique(['entity_ref', 'sequence'], {
      indexName: 'governance_approval_requests_seq_uq',
    });
    table.index(['status'], 'governance_approval_requests_status_idx');
  });
  await knex.schema.createTable('governance_approval_decisions', table => {
    table.comment('Immutable reviewer decisions');
    table
      .string('request_id', 36)
      .notNullable()
      .references('id')
      .inTable('governance_approval_requests');
    table.string('role', 32).notNullable();
    table.string('decision', 24).notNullable();
    table.text('comment').notNullable();
    table.string('decided_by', 255).notNullable();
    table.timestamp('decided_at', { useTz: true }).notNullable();
    table.primary(['request_id', 'role']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('governance_approval_decisions');
  await knex.schema.dropTable('governance_approval_requests');
};
