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
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@guardrails/plugin-governance-backend',
  'migrations',
);

// Our own bookkeeping table, so the plugin can share a database with others
// (as the scheduler does) without mixing migration histories.
const config = {
  directory: migrationsDir,
  tableName: 'governance__knex_migrations',
};

/** Runs every pending migration of the governance plugin. */
export async function migrateUp(knex: Knex): Promise<void> {
  await knex.migrate.latest(config);
}

/** Rolls every migration of the governance plugin back (tests, uninstall). */
export async function migrateDownAll(knex: Knex): Promise<void> {
  await knex.migrate.rollback(config, true);
}

/** The plugin's database client, migrated up unless migrations are skipped. */
export async function openGovernanceDatabase(
  database: DatabaseService,
): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip) {
    await migrateUp(client);
  }
  return client;
}
