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
import { DatabaseAuditLogStore } from './DatabaseAuditLogStore';
import { migrateUp } from '../database/migrateDatabase';

jest.setTimeout(60_000);

const event = (n: number) => ({
  actor: 'user:default/erin',
  action: 'exception.granted',
  entityRef: 'component:default/crm-record-updater',
  occurredAt: new Date(Date.UTC(2026, 10, 22, 10, 0, n)),
  payload: { exceptionId: `e-${n}`, ruleId: 'sensitive-no-admin-iam', days: n },
});

describe('DatabaseAuditLogStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    await migrateUp(knex);
    return { knex, store: new DatabaseAuditLogStore(knex) };
  }

  it.each(databases.eachSupportedId())(
    'chains events and verifies the chain on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const first = await store.append(event(1));
      const second = await store.append(event(2));
      expect(first).toMatchObject({ seq: 1, prevHash: '0'.repeat(64) });
      expect(second.prevHash).toBe(first.hash);
      await store.append(event(3));

      expect(await store.verify()).toEqual({ valid: true, checkedEvents: 3 });
      const listed = await store.list({
        from: new Date(Date.UTC(2026, 10, 22, 10, 0, 2)),
        limit: 10,
      });
      expect(listed.map(e => e.seq)).toEqual([2, 3]);
      expect(listed[0].payload).toEqual(event(2).payload);
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'detects a changed, a removed and a truncated event on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      for (let n = 1; n <= 5; n++) await store.append(event(n));

      const original = await knex('governance_audit_events')
        .where({ seq: 3 })
        .first();
      await knex('governance_audit_events')
        .where({ seq: 3 })
        .update({ payload: original.payload.replace('"days":3', '"days":30') });
      expect(await store.verify()).toEqual({
        valid: false,
        checkedEvents: 2,
        firstBroken: {
          seq: 3,
          eventId: original.event_id,
          reason: 'its content does not match its hash',
        },
      });
      await knex('governance_audit_events')
        .where({ seq: 3 })
        .update({ payload: original.payload });
      expect((await store.verify()).valid).toBe(true);

      await knex('governance_audit_events').where({ seq: 2 }).delete();
      expect((await store.verify()).firstBroken).toMatchObject({
        seq: 3,
        reason: 'event 2 is missing',
      });

      const { knex: knex2, store: store2 } = await createStore(databaseId);
      for (let n = 1; n <= 3; n++) await store2.append(event(n));
      await knex2('governance_audit_events').where({ seq: 3 }).delete();
      expect((await store2.verify()).firstBroken?.reason).toBe(
        'the log ends at event 2 but its head records event 3',
      );
      await knex.destroy();
      await knex2.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps one unbroken chain when two backends append at once on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      // A second store on the same database stands for a second backend.
      const other = new DatabaseAuditLogStore(knex);
      await Promise.all(
        Array.from({ length: 30 }, (_, n) =>
          (n % 2 ? store : other).append(event(n)),
        ),
      );
      const verification = await store.verify();
      expect(verification).toEqual({ valid: true, checkedEvents: 30 });
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'stores concurrent appends together, and one that cannot be stored fails alone, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const bad = { ...event(5), payload: { amount: BigInt(5) } };
      const settled = await Promise.allSettled(
        Array.from({ length: 10 }, (_, n) =>
          store.append(n === 4 ? bad : event(n + 1)),
        ),
      );
      expect(settled.map(s => s.status)).toEqual([
        ...Array(4).fill('fulfilled'),
        'rejected',
        ...Array(5).fill('fulfilled'),
      ]);
      const seqs = settled.flatMap(s =>
        s.status === 'fulfilled' ? [s.value.seq] : [],
      );
      expect([...seqs].sort((a, b) => a - b)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9,
      ]);
      expect(await store.verify()).toEqual({ valid: true, checkedEvents: 9 });
      await knex.destroy();
    },
  );
});
