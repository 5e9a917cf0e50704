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
import { DatabaseApprovalStore } from './DatabaseApprovalStore';
import { migrateUp } from '../database/migrateDatabase';

jest.setTimeout(60_000);

const request = (materialHash: string) => ({
  entityRef: 'component:default/crm-record-updater',
  materialHash,
  tier: 2 as const,
  requiredRoles: ['security' as const, 'privacy' as const],
  status: 'pending' as const,
  reason: 'Tier 2',
  createdAt: new Date('2026-11-22T10:00:00Z'),
  dueAt: new Date('2026-11-24T10:00:00Z'),
});

describe('DatabaseApprovalStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    await migrateUp(knex);
    return { knex, store: new DatabaseApprovalStore(knex) };
  }

  it.each(databases.eachSupportedId())(
    'opens a new request only on a material change, once under concurrency, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const results = await Promise.all(
        Array.from({ length: 6 }, () => store.openIfChanged(request('a'))),
      );
      expect(results.filter(r => r.opened)).toHaveLength(1);
      expect(new Set(results.map(r => r.request.id)).size).toBe(1);

      const same = await store.openIfChanged(request('a'));
      expect(same.opened).toBe(false);
      const changed = await store.openIfChanged(request('b'));
      expect(changed.opened).toBe(true);
      expect((await store.latestForEntity(request('a').entityRef))?.id).toBe(
        changed.request.id,
      );
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'records one decision per role and derives the status on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const { request: opened } = await store.openIfChanged(request('a'));
      const decision = (
        role: 'security' | 'privacy',
        kind: 'approve' | 'reject',
      ) => ({
        role,
        decision: kind,
        comment: 'ok',
        decidedBy: 'user:default/erin',
        decidedAt: '2026-11-22T11:00:00.000Z',
      });
      const outcomes = await Promise.all([
        store.addDecision(opened.id, decision('security', 'approve')),
        store.addDecision(opened.id, decision('security', 'reject')),
      ]);
      expect(outcomes.map(o => o.outcome).sort()).toEqual([
        'duplicate',
        'recorded',
      ]);
      const first = outcomes.find(o => o.outcome === 'recorded')!;

      const done = await store.addDecision(
        opened.id,
        decision('privacy', 'approve'),
      );
      const expected =
        first.outcome === 'recorded' &&
        first.request.decisions[0].decision === 'approve'
          ? 'approved'
          : 'rejected';
      expect(done).toMatchObject({
        outcome: 'recorded',
        request: { status: expected },
      });
      expect(await store.listPending()).toEqual([]);
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'supersedes the open requests of an app when a newer one opens, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const { request: first } = await store.openIfChanged(request('a'));
      const other = await store.openIfChanged({
        ...request('a'),
        entityRef: 'component:default/other',
      });
      const { request: second } = await store.openIfChanged(request('b'));

      expect(await store.get(first.id)).toMatchObject({
        status: 'superseded',
        supersededBy: second.id,
        awaitingRoles: [],
      });
      expect((await store.listPending()).map(r => r.id).sort()).toEqual(
        [second.id, other.request.id].sort(),
      );
      expect(
        await store.addDecision(first.id, {
          role: 'security',
          decision: 'approve',
          comment: 'ok',
          decidedBy: 'user:default/erin',
          decidedAt: '2026-11-22T11:00:00.000Z',
        }),
      ).toEqual({ outcome: 'closed', status: 'superseded' });
      expect((await store.get(first.id))?.decisions).toEqual([]);
      expect(await store.markSla(first.id, 'escalated', new Date())).toBe(
        false,
      );
      expect(await store.markSla(second.id, 'escalated', new Date())).toBe(
        true,
      );
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'never lets a decision and a newer request both win, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const { request: first } = await store.openIfChanged({
        ...request('a'),
        requiredRoles: ['security'],
      });
      const [decided, opened] = await Promise.all([
        store.addDecision(first.id, {
          role: 'security',
          decision: 'approve',
          comment: 'ok',
          decidedBy: 'user:default/erin',
          decidedAt: '2026-11-22T11:00:00.000Z',
        }),
        store.openIfChanged(request('b')),
      ]);
      expect(opened.opened).toBe(true);
      const status = (await store.get(first.id))?.status;
      // Either the decision came first and the request stays approved, or
      // the newer request came first and the decision was refused.
      expect(
        decided.outcome === 'recorded'
          ? status
          : `${decided.outcome}:${status}`,
      ).toBe(decided.outcome === 'recorded' ? 'approved' : 'closed:superseded');
      await knex.destroy();
    },
  );
});
