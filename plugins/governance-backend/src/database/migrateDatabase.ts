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
