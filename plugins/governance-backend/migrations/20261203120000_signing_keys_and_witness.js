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
 * The development signing key, kept in the database so that it survives
 * restarts and is shared by every instance on the database (a configured
 * key never is stored), and when each audit checkpoint reached the
 * witness outside the database.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('governance_signing_keys', table => {
    table.comment(
      'The development signing key (insert if absent); never used when governance.signing.privateKey is configured',
    );
    table.string('name', 32).primary().comment('development');
    table.text('private_key').notNullable().comment('Ed25519 PKCS#8 PEM');
    table.timestamp('created_at', { useTz: true }).notNullable();
  });
  await knex.schema.alterTable('governance_audit_checkpoints', table => {
    table
      .timestamp('witnessed_at', { useTz: true })
      .nullable()
      .comment('When the witness accepted it; null until then');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('governance_audit_checkpoints', table => {
    table.dropColumn('witnessed_at');
  });
  await knex.schema.dropTable('governance_signing_keys');
};
