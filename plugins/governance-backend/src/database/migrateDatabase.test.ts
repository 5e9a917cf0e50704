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
