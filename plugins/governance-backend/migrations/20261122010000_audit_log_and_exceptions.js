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
 * The tamper-evident audit log and policy exceptions (waivers).
 *
 * governance_audit_events is append-only: each event stores the hash of the
 * previous one, so any change to a stored event breaks the chain.
 * governance_audit_head holds the chain's tip in a single row; appends lock
 * it, so concurrent backends never fork the chain.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('governance_audit_events', table => {
    table.comment('Append-only, hash-chained governance audit events');
    table.bigInteger('seq').primary().notNullable().comment('1, 2, 3, ...');
    table.string('event_id', 36).notNullable().unique();
    table.timestamp('occurred_at', { useTz: true }).notNullable();
    table
      .string('actor', 255)
      .notNullable()
      .comment('Entity ref of the user or service');
    table.string('action', 64).notNullable().comment('e.g. exception.granted');
    table.string('entity_ref', 255).nullable();
    table.text('payload').notNullable().comment('Canonical JSON (RFC 8785)');
    table.string('prev_hash', 64).notNullable();
    table.string('hash', 64).notNullable();
    table.index(['occurred_at'], 'governance_audit_events_time_idx');
    table.index(['entity_ref'], 'governance_audit_events_entity_idx');
  });
  await knex.schema.createTable('governance_audit_head', table => {
    table.comment('The tip of the audit chain; one row, locked by appends');
    table.integer('id').primary();
    table.bigInteger('seq').notNullable();
    table.string('hash', 64).notNullable();
  });
  await knex('governance_audit_head').insert({
    id: 1,
    seq: 0,
    hash: '0'.repeat(64),
  });

  await knex.schema.createTable('governance_exceptions', table => {
    table.comment('Time-boxed exceptions (waivers) for one rule on one app');
    table.string('id', 36).primary();
    table.string('entity_ref', 255).notNullable();
    table.string('pack_id', 128).notNullable();
    table.string('rule_id', 128).notNullable();
    table.text('justification').notNullable();
    table.text('compensating_controls').notNullable();
    table.integer('requested_days').notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('requested, granted or denied');
    table.string('requested_by', 255).notNullable();
    table.timestamp('requested_at', { useTz: true }).notNullable();
    table.string('decided_by', 255).nullable();
    table.timestamp('decided_at', { useTz: true }).nullable();
    table.text('decision_comment').nullable();
    table.timestamp('expires_at', { useTz: true }).nullable();
    table.index(['entity_ref'], 'governance_exceptions_entity_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('governance_exceptions');
  await knex.schema.dropTable('governance_audit_head');
  await knex.schema.dropTable('governance_audit_events');
};
