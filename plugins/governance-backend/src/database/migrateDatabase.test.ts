import { TestDatabases } from '@backstage/backend-test-utils';
import { migrateDownAll, migrateUp } from './migrateDatabase';

jest.setTimeout(60_000);

describe('governance migrations', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'run up and down on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);

      await migrateUp(knex);
      expect(await knex.schema.hasTable('governance_apps')).toBe(true);
      await knex('governance_apps').insert({
        entity_ref: 'component:default/where2eat',
        risk_score: 2,
        approval_tier: 0,
      });
      const row = await knex('governance_apps').first();
      expect(row.lifecycle_state).toBe('registered');
      expect(row.registered_at).toBeTruthy();

      // Running again is a no-op, not an error.
      await migrateUp(knex);

      expect(await knex.schema.hasTable('governance_app_provenance')).toBe(
        true,
      );

      await migrateDownAll(knex);
      expect(await knex.schema.hasTable('governance_apps')).toBe(false);
      expect(await knex.schema.hasTable('governance_app_provenance')).toBe(
        false,
      );

      await migrateUp(knex);
      expect(await knex('governance_apps').count({ n: '*' })).toEqual([
        { n: expect.anything() },
      ]);
      await knex.destroy();
    },
  );
});
