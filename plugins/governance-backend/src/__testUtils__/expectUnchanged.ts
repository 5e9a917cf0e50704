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
import { Knex } from 'knex';

/** Every governance table, whose rows a refused call must leave alone. */
const TABLES = [
  'governance_apps',
  'governance_audit_events',
  'governance_audit_head',
  'governance_exceptions',
  'governance_approval_requests',
  'governance_approval_decisions',
  'governance_approval_delegations',
  'governance_attestations',
  'governance_evidence',
  'governance_audit_checkpoints',
  'governance_app_provenance',
  'governance_audit_verifications',
  'governance_daily_snapshots',
  'governance_reconciliations',
];

async function contents(knex: Knex) {
  const result: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    result[table] = await knex(table).select();
  }
  return result;
}

/**
 * Runs a call that must be refused and asserts that it changed no row of
 * any governance table: no decision, no audit event, no provenance.
 */
export async function expectUnchanged(
  knex: Knex,
  call: () => Promise<void>,
): Promise<void> {
  const before = await contents(knex);
  await call();
  expect(await contents(knex)).toEqual(before);
}
