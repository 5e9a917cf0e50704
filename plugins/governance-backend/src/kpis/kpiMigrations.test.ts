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
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';

jest.setTimeout(60_000);

const config = {
  directory: resolvePackagePath(
    '@guardrails/plugin-governance-backend',
    'migrations',
  ),
  tableName: 'governance__knex_migrations',
};

const KPI_TABLES = [
  'governance_app_costs',
  'governance_app_incidents',
  'governance_app_deploys',
  'governance_check_outcomes',
  'governance_finding_history',
  'governance_app_value',
  'governance_kpi_reports',
];

describe('the KPI migrations', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'roll back to the schema before them, with data in it, and forward again, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest(config);
      await knex('governance_daily_snapshots').insert({
        day: '2026-12-01',
        kpis: '{"registered-apps":3}',
        figures: '{}',
        recorded_at: new Date(),
      });
      await knex('governance_kpi_reports').insert({
        month: '2026-11',
        sent_at: new Date(),
        recipients: 1,
      });
      await knex('governance_app_costs').insert({
        entity_ref: 'component:default/a',
        month: '2026-11',
        amount: 5,
        reported_by: 'service:ci',
        reported_at: new Date(),
      });

      // Down to the migration before them (and any later ones).
      const applied = async () =>
        (await knex.migrate.list(config))[0].map(
          (m: { name: string }) => m.name,
        );
      while ((await applied()).includes('20261207200000_kpi_facts.js')) {
        await knex.migrate.down(config);
      }
      for (const table of KPI_TABLES) {
        expect({ table, exists: await knex.schema.hasTable(table) }).toEqual({
          table,
          exists: false,
        });
      }
      expect(
        await knex.schema.hasColumn('governance_daily_snapshots', 'kpis'),
      ).toBe(false);
      // The snapshot of the day outlives the column.
      expect(
        await knex('governance_daily_snapshots').where({ day: '2026-12-01' }),
      ).toHaveLength(1);

      await knex.migrate.latest(config);
      for (const table of KPI_TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(true);
      }
      expect(
        await knex.schema.hasColumn('governance_daily_snapshots', 'kpis'),
      ).toBe(true);
      await knex.destroy();
    },
  );
});
