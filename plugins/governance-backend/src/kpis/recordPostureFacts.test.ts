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
import { createHash } from 'node:crypto';
import { TestDatabases } from '@backstage/backend-test-utils';
import { PolicyFinding } from '@guardrails/plugin-governance-common';
import { DatabaseAppRegistryStore } from '../appRegistry/DatabaseAppRegistryStore';
import { AppSnapshot } from '../appRegistry/AppRegistryStore';
import { migrateUp } from '../database/migrateDatabase';
import { DatabaseKpiStore } from './DatabaseKpiStore';

jest.setTimeout(60_000);

const finding = (ruleId: string) =>
  ({ packId: 'guardrails-default', ruleId, severity: 'deny' } as PolicyFinding);

const snapshot = (
  name: string,
  rules: string[],
  at: string,
  value?: object,
): AppSnapshot => ({
  entityRef: `component:default/${name}`,
  evaluatedAt: new Date(at),
  postureHash: createHash('sha256')
    .update(`${name}-${rules.join()}-${JSON.stringify(value)}`)
    .digest('hex'),
  posture: {
    validation: { valid: true, issues: [] },
    profile: value as any,
    policy: {
      packs: [],
      findings: rules.map(finding),
      passedRules: 0,
      allowed: true,
    },
  },
});

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('findings history and declared value on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });

  it('keeps when each finding was first seen and resolved, a batch at a time', async () => {
    const knex = await databases.init(databaseId);
    await migrateUp(knex);
    const store = new DatabaseAppRegistryStore(knex);
    await store.recordSnapshots([
      snapshot('a', ['x', 'y'], '2026-12-01T00:00:00Z'),
      snapshot('b', ['x'], '2026-12-01T00:00:00Z'),
    ]);
    // y fixed 10 hours later; b unchanged (same hash: nothing rewritten).
    await store.recordSnapshots([
      snapshot('a', ['x'], '2026-12-01T10:00:00Z'),
      snapshot('b', ['x'], '2026-12-01T10:00:00Z'),
    ]);
    // x of b fixed on a single evaluation (registration).
    await store.recordSnapshot(snapshot('b', [], '2026-12-02T00:00:00Z'));
    const rows = await knex('governance_finding_history')
      .orderBy(['entity_ref', 'finding_key'])
      .select('entity_ref', 'finding_key', 'first_seen_at', 'resolved_at');
    const iso = (v: unknown) =>
      v ? new Date(v as string).toISOString() : null;
    expect(
      rows.map(r => [
        r.entity_ref,
        r.finding_key,
        iso(r.first_seen_at),
        iso(r.resolved_at),
      ]),
    ).toEqual([
      [
        'component:default/a',
        'guardrails-default/x',
        '2026-12-01T00:00:00.000Z',
        null,
      ],
      [
        'component:default/a',
        'guardrails-default/y',
        '2026-12-01T00:00:00.000Z',
        '2026-12-01T10:00:00.000Z',
      ],
      [
        'component:default/b',
        'guardrails-default/x',
        '2026-12-01T00:00:00.000Z',
        '2026-12-02T00:00:00.000Z',
      ],
    ]);
    // Mean of 10 h and 24 h, in the month they were resolved.
    const trends = await new DatabaseKpiStore(knex).factTrends(
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(trends.hoursToRemediate.get('2026-12')).toBe(17);
  });

  it("keeps the value and cost the app's profile declares", async () => {
    const knex = await databases.init(databaseId);
    await migrateUp(knex);
    const store = new DatabaseAppRegistryStore(knex);
    await store.recordSnapshot(
      snapshot('c', [], '2026-12-01T00:00:00Z', {
        value: {
          hoursSavedPerWeek: 10,
          peopleServed: 5,
          claimedAt: '2026-11-01',
        },
        cost: {
          profile: 'low',
          monthlyBudget: 200,
          monthlyCost: 40,
          currency: 'EUR',
        },
      }),
    );
    expect(
      await new DatabaseKpiStore(knex).appValueFacts('component:default/c'),
    ).toEqual({
      hoursSavedPerWeek: 10,
      peopleServed: 5,
      claimedAt: '2026-11-01',
      monthlyBudget: 200,
      declaredMonthlyCost: 40,
      currency: 'EUR',
      latestCost: undefined,
    });
  });
});
