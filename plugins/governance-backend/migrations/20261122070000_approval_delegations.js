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
 * Reviewers hand a role's review of a request to another member of the
 * role; the latest delegation names who the request waits on.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('governance_approval_delegations', table => {
    table.comment('Delegations of a role review to another member of the role');
    table.increments('id');
    table
      .string('request_id', 36)
      .notNullable()
      .references('id')
      .inTable('governance_approval_requests');
    table.string('role', 32).notNullable();
    table.string('delegated_by', 255).notNullable();
    table.string('delegated_to', 255).notNullable();
    table.timestamp('delegated_at', { useTz: true }).notNullable();
    table.index(['request_id'], 'governance_approval_delegations_request_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('governance_approval_delegations');
};
