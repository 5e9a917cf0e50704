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
import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { readGovernanceBackendConfig } from '../config';
import { governanceTransaction } from '../database/governanceTransaction';
import { migrateUp } from '../database/migrateDatabase';
import { PostureService } from '../posture/PostureService';
import { DatabaseKpiStore } from './DatabaseKpiStore';
import { DefaultKpiService } from './DefaultKpiService';
import { NOW } from './kpiTestData';

jest.setTimeout(180_000);

/** `count` approved apps of 40 teams, each with a value claim, a cost and a finding. */
async function seedApps(knex: Knex, count: number) {
  const ref = (i: number) => `component:default/app-${i}`;
  const rows = Array.from({ length: count }, (_, i) => i);
  await knex.batchInsert(
    'governance_apps',
    rows.map(i => ({
      entity_ref: ref(i),
      lifecycle_state: i % 10 === 0 ? 'retired' : 'approved',
      approval_tier: i % 4,
      owner_ref: `group:default/team-${i % 40}`,
      registered_at: new Date('2026-06-01T00:00:00Z'),
      evaluated_at: new Date('2026-06-01T00:00:00Z'),
    })),
    200,
  );
  await knex.batchInsert(
    'governance_app_value',
    rows.map(i => ({
      entity_ref: ref(i),
      hours_saved_per_week: i % 7,
      claimed_at: '2026-12-01',
      monthly_budget: 100,
      monthly_cost: 50 + (i % 100),
    })),
    200,
  );
  await knex.batchInsert(
    'governance_app_costs',
    rows.map(i => ({
      entity_ref: ref(i),
      month: '2026-12',
      amount: i % 150,
      reported_by: 'service:ci',
      reported_at: NOW,
    })),
    200,
  );
}

/** The SQL statements one KPI report sends (its time is for npm run bench). */
async function measureReport(knex: Knex) {
  const service = new DefaultKpiService({
    store: new DatabaseKpiStore(knex),
    transaction: governanceTransaction(knex),
    posture: {} as PostureService,
    catalog: catalogServiceMock({ entities: [] }),
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    admins: [],
    settings: readGovernanceBackendConfig(new ConfigReader({ governance: {} }))
      .kpis,
    now: () => NOW,
  });
  const statements: string[] = [];
  const listener = (q: { sql: string }) => statements.push(q.sql);
  knex.on('query', listener);
  try {
    const report = await service.report();
    return { report, statements };
  } finally {
    knex.off('query', listener);
  }
}

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('the KPIs of 10,000 apps, on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });

  it('come from a fixed number of read-only SQL aggregates, not a query per app', async () => {
    const small = await databases.init(databaseId);
    await migrateUp(small);
    await seedApps(small, 10);
    const few = await measureReport(small);

    const knex = await databases.init(databaseId);
    await migrateUp(knex);
    await seedApps(knex, 10_000);
    const many = await measureReport(knex);

    // As many statements for 10,000 apps as for 10, and none writes.
    expect(many.statements.length).toBe(few.statements.length);
    expect(many.statements.length).toBeLessThan(40);
    expect(
      many.statements.filter(s => /^\s*(insert|update|delete)\b/i.test(s)),
    ).toEqual([]);
    const value = (id: string) =>
      many.report.kpis.find(k => k.id === id)?.value;
    // Their 40 owners are not in the catalog: asked in one look-up.
    expect(value('orphaned-apps')).toBe(9_000);
    expect(many.report.roi.deployedApps).toBe(9_000);
  });
});
