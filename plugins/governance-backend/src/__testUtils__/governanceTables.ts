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

/** Every row of every governance table, by table. */
export type GovernanceRows = Record<string, Record<string, unknown>[]>;

// Parents before children (approval decisions and delegations name their
// request), so rows go back in this order and out in the reverse.
const PARENTS_FIRST = ['governance_approval_requests'];

/** The governance tables of the database, found, not listed by hand. */
export async function governanceTables(knex: Knex): Promise<string[]> {
  const names: string[] =
    knex.client.config.client === 'pg'
      ? await knex('information_schema.tables')
          .whereRaw('table_schema = current_schema()')
          .andWhere('table_name', 'like', 'governance%')
          .pluck('table_name')
      : await knex('sqlite_master')
          .where({ type: 'table' })
          .andWhere('name', 'like', 'governance%')
          .pluck('name');
  return names
    .filter(name => !name.includes('knex_migrations'))
    .sort(
      (a, b) =>
        Number(PARENTS_FIRST.includes(b)) - Number(PARENTS_FIRST.includes(a)) ||
        a.localeCompare(b),
    );
}

/** Every row of every governance table, in a stable order. */
export async function governanceRows(knex: Knex): Promise<GovernanceRows> {
  const rows: GovernanceRows = {};
  for (const table of await governanceTables(knex)) {
    const all = await knex(table).select();
    rows[table] = all.sort((a, b) =>
      JSON.stringify(a).localeCompare(JSON.stringify(b)),
    );
  }
  return rows;
}

/** Puts the governance tables back as `rows` holds them. */
export async function restoreGovernanceRows(
  knex: Knex,
  rows: GovernanceRows,
): Promise<void> {
  const tables = Object.keys(rows);
  await knex.transaction(async tx => {
    for (const table of [...tables].reverse()) await tx(table).delete();
    for (const table of tables) {
      if (rows[table].length > 0) {
        await knex.batchInsert(table, rows[table], 100).transacting(tx);
      }
    }
  });
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(
  before: GovernanceRows,
  after: GovernanceRows,
): string[] {
  return Object.keys({ ...before, ...after }).filter(
    table => JSON.stringify(before[table]) !== JSON.stringify(after[table]),
  );
}
