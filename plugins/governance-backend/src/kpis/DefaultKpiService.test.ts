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
import { CacheManager } from '@backstage/backend-defaults/cache';
import { CacheService } from '@backstage/backend-plugin-api';
import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { readGovernanceBackendConfig } from '../config';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { governanceTransaction } from '../database/governanceTransaction';
import { migrateUp } from '../database/migrateDatabase';
import { PostureService } from '../posture/PostureService';
import { DatabaseKpiStore } from './DatabaseKpiStore';
import { DefaultKpiService } from './DefaultKpiService';
import { A2, NOW, seedKpiFacts } from './kpiTestData';

jest.setTimeout(60_000);

const teamA = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-a', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

function serviceOn(
  knex: Knex,
  options: {
    now?: Date;
    governance?: JsonObject;
    sent?: unknown[];
    /** The notifications backend refuses every send. */
    notificationsDown?: boolean;
    cache?: CacheService;
  } = {},
) {
  const settings = readGovernanceBackendConfig(
    new ConfigReader({ governance: options.governance ?? {} }),
  ).kpis;
  return new DefaultKpiService({
    store: new DatabaseKpiStore(knex),
    transaction: governanceTransaction(knex),
    posture: {} as PostureService,
    catalog: catalogServiceMock({ entities: [teamA] }),
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    notifications: {
      send: async (n: unknown) => {
        if (options.notificationsDown) throw new Error('connection refused');
        options.sent?.push(n);
      },
    },
    admins: ['user:default/frank', 'group:default/platform-team'],
    settings,
    cache: options.cache,
    now: () => options.now ?? NOW,
  });
}

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('the KPIs on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let knex: Knex;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    await migrateUp(knex);
    await seedKpiFacts(knex);
  });

  it('computes every KPI from the seeded facts, with its goal and status', async () => {
    const report = await serviceOn(knex).report();
    const byId = Object.fromEntries(report.kpis.map(k => [k.id, k]));
    const values = Object.fromEntries(report.kpis.map(k => [k.id, k.value]));
    expect(report.month).toBe('2026-12');
    expect(values).toEqual({
      'apps-created': 2,
      'hours-to-publish': 6,
      'hours-to-first-deploy': 15,
      // r1 automatic (0 h), r2 decided 12 h after its request.
      'hours-to-approve-tier-0': 6,
      'hours-to-approve-tier-1': undefined,
      'hours-to-approve-tier-2': undefined,
      'hours-to-approve-tier-3': undefined,
      // 3 registered (a4 retired), 1 discovered without a profile.
      'registered-share': 0.75,
      'template-share': 0.3333,
      'exception-share': 0.3333,
      'secrets-caught': 2,
      'findings-per-app': 0.33,
      // 10 h and 288 h.
      'hours-to-remediate': 149,
      // 2 incidents x 100 / 3 apps.
      'incidents-per-100-apps': 66.67,
      'hours-to-restore': 3,
      'logging-retention-share': 0.3333,
      // a2 reported 150, a3 declares 50.
      'cost-per-app': 100,
      'over-budget-share': 0.5,
      // a2's owner is not in the catalog, a3 has none.
      'orphaned-apps': 2,
      'roi-multiple': 14.56,
    });
    expect(byId['hours-to-approve-tier-0']).toMatchObject({
      goal: {
        direction: 'at-most',
        target: 24,
        text: 'under 24 h (article 003)',
      },
      status: 'met',
    });
    expect(byId['registered-share']).toMatchObject({
      goal: { direction: 'at-least', target: 0.95 },
      status: 'not-met',
    });
    expect(byId['hours-to-approve-tier-2'].status).toBe('no-data');
    expect(byId['exception-share'].status).toBe('no-goal');
    expect(byId['orphaned-apps'].status).toBe('not-met');
  });

  it('gives the ROI with the numbers of article 000', async () => {
    const { roi } = await serviceOn(knex).report();
    // a1: 10 h/week at $70, $2,500 overhead; a2's claim is stale.
    expect(roi).toMatchObject({
      deployedApps: 1,
      hoursSavedPerWeek: 10,
      annualBenefit: 36_400,
      annualCost: 2_500,
      netBenefit: 33_900,
      multiple: 14.56,
      formula: expect.stringContaining('x 52'),
    });
    expect(roi.appsMissingValueClaim).toEqual([
      {
        entityRef: A2,
        ownerRef: 'group:default/ghost-team',
        reason: 'stale',
        claimedAt: '2020-01-01T00:00:00.000Z',
      },
    ]);
  });

  it('trends 13 months: dated facts directly, the rest from the last snapshot of each month', async () => {
    const report = await serviceOn(knex).report();
    const trend = (id: string) =>
      report.kpis.find(k => k.id === id)!.trend.slice(-3);
    expect(report.kpis[0].trend).toHaveLength(13);
    expect(report.kpis[0].trend[0].month).toBe('2025-12');
    expect(trend('apps-created')).toEqual([
      { month: '2026-10', value: 1 },
      { month: '2026-11', value: 1 },
      { month: '2026-12', value: 2 },
    ]);
    expect(trend('secrets-caught').map(p => p.value)).toEqual([0, 1, 2]);
    expect(trend('cost-per-app')).toEqual([
      { month: '2026-10' },
      { month: '2026-11', value: 80 },
      { month: '2026-12', value: 100 },
    ]);
    expect(trend('over-budget-share').map(p => p.value)).toEqual([
      undefined,
      0,
      0.5,
    ]);
    expect(trend('registered-share')).toEqual([
      { month: '2026-10' },
      { month: '2026-11', value: 0.5 },
      { month: '2026-12', value: 0.75 },
    ]);
    expect(trend('orphaned-apps').map(p => p.value)).toEqual([undefined, 4, 2]);
  });

  it('takes goals from config over the articles', async () => {
    const report = await serviceOn(knex, {
      governance: {
        kpis: {
          goals: {
            'exception-share': { direction: 'at-most', target: 0.5 },
            'hours-to-approve-tier-0': { direction: 'at-most', target: 4 },
          },
        },
      },
    }).report();
    const byId = Object.fromEntries(report.kpis.map(k => [k.id, k]));
    expect(byId['exception-share']).toMatchObject({
      goal: { target: 0.5, text: 'at most 50% (configured)' },
      status: 'met',
    });
    expect(byId['hours-to-approve-tier-0'].status).toBe('not-met');
  });

  it('keeps the report 30 seconds, computed once for requests that arrive together', async () => {
    // Backstage's own cache service (its in-memory store).
    const cache = CacheManager.fromConfig(new ConfigReader({})).forPlugin(
      'governance',
    );
    const service = serviceOn(knex, { cache });
    const statements: string[] = [];
    const count = (q: { sql: string }) => statements.push(q.sql);
    knex.on('query', count);
    try {
      const [first, second] = await Promise.all([
        service.report(),
        service.report(),
      ]);
      const once = statements.length;
      expect(once).toBeGreaterThan(0);
      expect(second).toEqual(first);
      // Served from the cache: not a statement more.
      expect(await service.report()).toEqual(first);
      expect(statements).toHaveLength(once);
    } finally {
      knex.off('query', count);
    }
  });

  it('exports every KPI by month', async () => {
    const data = await serviceOn(knex).exportByMonth(2);
    expect(data.months).toEqual(['2026-11', '2026-12']);
    expect(data.kpis.find(k => k.id === 'secrets-caught')!.values).toEqual([
      { month: '2026-11', value: 1 },
      { month: '2026-12', value: 2 },
    ]);
  });

  it('tells the admins once, on the first working day of the month only', async () => {
    const sent: any[] = [];
    const at = (iso: string) => serviceOn(knex, { now: new Date(iso), sent });
    // 1 August 2026 is a Saturday: the first working day is Monday the 3rd.
    expect(await at('2026-08-01T08:00:00Z').sendMonthlyReport()).toEqual({
      sent: false,
      reason: 'not-today',
    });
    // Two instances at once: one sends.
    const results = await Promise.all([
      at('2026-08-03T08:00:00Z').sendMonthlyReport(),
      at('2026-08-03T08:00:01Z').sendMonthlyReport(),
    ]);
    expect(results.filter(r => r.sent)).toEqual([
      { sent: true, month: '2026-07', recipients: 2 },
    ]);
    expect(await at('2026-08-03T15:00:00Z').sendMonthlyReport()).toEqual({
      sent: false,
      reason: 'already-sent',
    });
    expect(await at('2026-08-04T08:00:00Z').sendMonthlyReport()).toEqual({
      sent: false,
      reason: 'not-today',
    });
    expect(sent).toEqual([
      {
        recipients: {
          type: 'entity',
          entityRef: ['user:default/frank', 'group:default/platform-team'],
        },
        payload: expect.objectContaining({
          title: 'Governance KPI report for 2026-07 is ready',
          link: '/governance/report',
        }),
      },
    ]);
    // The next month's first working day (Tuesday 1 September) sends again.
    expect((await at('2026-09-01T06:00:00Z').sendMonthlyReport()).sent).toBe(
      true,
    );
    expect(sent).toHaveLength(2);
  });

  it('tries the monthly report again when the notification could not be sent', async () => {
    const sent: unknown[] = [];
    const at = (iso: string, notificationsDown = false) =>
      serviceOn(knex, { now: new Date(iso), sent, notificationsDown });
    // Thursday 1 October 2026 is a first working day.
    expect(await at('2026-10-01T06:00:00Z', true).sendMonthlyReport()).toEqual({
      sent: false,
      reason: 'notification-failed',
    });
    expect(sent).toEqual([]);
    expect(await at('2026-10-01T07:00:00Z').sendMonthlyReport()).toEqual({
      sent: true,
      month: '2026-09',
      recipients: 2,
    });
    expect(sent).toHaveLength(1);
  });

  it('sends nothing when the monthly report is turned off', async () => {
    const sent: unknown[] = [];
    const service = serviceOn(knex, {
      now: new Date('2026-10-01T08:00:00Z'),
      governance: { kpis: { monthlyReport: { enabled: false } } },
      sent,
    });
    expect(await service.sendMonthlyReport()).toEqual({
      sent: false,
      reason: 'disabled',
    });
    expect(sent).toEqual([]);
  });
});
