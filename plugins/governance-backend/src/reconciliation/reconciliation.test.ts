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
import {
  callAs,
  startGovernanceTestBackend,
  useGovernanceTestBackend,
} from '../__testUtils__/startGovernanceTestBackend';
import {
  eventually,
  governedComponent,
  testEntityProvider,
} from '../__testUtils__/testEntityProvider';

jest.setTimeout(240_000);

const RUNS = 'governance_reconciliations';
const ref = 'component:default/event-driven-app';
const app = (dataClassification: string) =>
  governedComponent('event-driven-app', { dataClassification });

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('reconciliation on %p', databaseId => {
  const provider = testEntityProvider();
  const backend = useGovernanceTestBackend(databaseId, {
    extraFeatures: [provider.module],
    governance: { reconciliation: { catalogEvents: true } },
  });

  it('does not rewrite unchanged apps: a second run evaluates nothing', async () => {
    // The catalog's announcements of the examples at start may still be
    // opening approvals: wait until two reads a second apart agree.
    const read = () => backend.knex('governance_apps').orderBy('entity_ref');
    let apps = await read();
    for (let attempt = 0; attempt < 30; attempt++) {
      await new Promise(resolve => setTimeout(resolve, 1000));
      const again = await read();
      const settled = JSON.stringify(again) === JSON.stringify(apps);
      apps = again;
      if (settled) break;
    }
    await backend.runSync();
    const latest = await backend.knex(RUNS).orderBy('id', 'desc').first();
    expect(latest).toMatchObject({ evaluated: 0, written: 0, failed: 0 });
    expect(latest.seen).toBeGreaterThanOrEqual(6);
    expect(latest.ungoverned).toBe(1);
    expect(JSON.parse(latest.ungoverned_refs)).toEqual([
      'component:default/shadow-pricing-sheet',
    ]);
    expect(await backend.knex('governance_apps').orderBy('entity_ref')).toEqual(
      apps,
    );
  });

  it('evaluates a new or changed entity on the catalog’s announcement, without a reconciliation run', async () => {
    const runsBefore = await backend.knex(RUNS).count({ n: '*' }).first();
    const as = callAs(backend.server, 'user:default/frank');
    const posture = () => as.get(`/posture?entityRef=${ref}`);

    await provider.provide([app('internal')]);
    const first = await eventually(posture, res => res.status === 200);
    expect(first.status).toBe(200);
    expect(first.body.profile.dataClassification).toBe('internal');
    const tier = first.body.risk.tier;

    await provider.provide([app('restricted')]);
    const changed = await eventually(
      posture,
      res => res.body.profile?.dataClassification === 'restricted',
    );
    expect(changed.body.profile.dataClassification).toBe('restricted');
    expect(changed.body.risk.tier).toBeGreaterThan(tier);
    expect(changed.body.approval).toMatchObject({ status: 'pending' });
    expect(await backend.knex(RUNS).count({ n: '*' }).first()).toEqual(
      runsBefore,
    );
  });
});

describe('two backends on one PostgreSQL', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });
  if (!databases.supports('POSTGRES_15')) {
    it('needs PostgreSQL', () =>
      expect(databases.supports('SQLITE_3')).toBe(true));
    return;
  }

  it('run the reconciliation once per period between them', async () => {
    const knex = await databases.init('POSTGRES_15');
    const every = 3;
    const governance = {
      reconciliation: { catalogEvents: false },
      schedules: {
        sync: {
          frequency: { seconds: every },
          timeout: { seconds: 60 },
          initialDelay: { seconds: 0 },
        },
      },
    };
    // The first start migrates the database; then the second joins.
    const a = await startGovernanceTestBackend({
      knex,
      realScheduler: true,
      governance,
    });
    const b = await startGovernanceTestBackend({
      knex,
      realScheduler: true,
      governance,
    });
    try {
      const start = Date.now();
      await new Promise(resolve => setTimeout(resolve, 5 * every * 1000));
      const elapsed = (Date.now() - start) / 1000;
      const runs = await knex(RUNS).orderBy('started_at');
      expect(runs.length).toBeGreaterThanOrEqual(2);
      // One instance at a time, once per period: never two runs at once.
      expect(runs.length).toBeLessThanOrEqual(Math.ceil(elapsed / every) + 2);
      for (let i = 1; i < runs.length; i++) {
        expect(new Date(runs[i].started_at).getTime()).toBeGreaterThanOrEqual(
          new Date(runs[i - 1].finished_at).getTime(),
        );
      }
      // Every governed example app registered exactly once.
      const apps = await knex('governance_apps').count({ n: '*' }).first();
      expect(Number(apps?.n)).toBe(6);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
