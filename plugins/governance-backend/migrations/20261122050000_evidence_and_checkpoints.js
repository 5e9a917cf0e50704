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
 * Signed evidence bundles (one per approval) and signed checkpoints of the
 * audit chain.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('governance_evidence', table => {
    table.comment(
      'Signed evidence bundles: in-toto statements in DSSE envelopes',
    );
    table.string('id', 36).primary();
    table.string('entity_ref', 255).notNullable();
    table.string('approval_id', 36).notNullable().unique();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.text('bundle').notNullable().comment('Sigstore bundle JSON');
    table.index(['entity_ref'], 'governance_evidence_entity_idx');
  });
  await knex.schema.createTable('governance_audit_checkpoints', table => {
    table.comment('Signed checkpoints of the audit chain');
    table.bigInteger('seq').primary().comment('Last event covered');
    table.string('hash', 64).notNullable();
    table.timestamp('signed_at', { useTz: true }).notNullable();
    table.text('bundle').notNullable().comment('Sigstore bundle JSON');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('governance_audit_checkpoints');
  await knex.schema.dropTable('governance_evidence');
};
