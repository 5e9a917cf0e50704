import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@guardrails/plugin-governance-backend',
  'migrations',
);

/** Runs every pending migration of the governance plugin. */
export async function migrateUp(knex: Knex): Promise<void> {
  await knex.migrate.latest({ directory: migrationsDir });
}

/** Rolls every migration of the governance plugin back (tests, uninstall). */
export async function migrateDownAll(knex: Knex): Promise<void> {
  await knex.migrate.rollback({ directory: migrationsDir }, true);
}
