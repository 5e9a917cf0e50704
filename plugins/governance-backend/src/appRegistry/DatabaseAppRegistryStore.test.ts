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
import { AppSnapshot } from './AppRegistryStore';
import { DatabaseAppRegistryStore } from './DatabaseAppRegistryStore';
import { migrateUp } from '../database/migrateDatabase';

jest.setTimeout(60_000);

const snapshot = (overrides: Partial<AppSnapshot> = {}): AppSnapshot => ({
  entityRef: 'component:default/standup-notes-bot',
  riskScore: 3,
  riskLevel: 'low',
  approvalTier: 0,
  dataClassification: 'internal',
  ownerRef: 'group:default/product-team',
  profileHash: 'a'.repeat(64),
  evaluatedAt: new Date('2026-11-22T10:00:00Z'),
  ...overrides,
});

describe('DatabaseAppRegistryStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    await migrateUp(knex);
    const store = new DatabaseAppRegistryStore(knex);
    return { knex, store };
  }

  it.each(databases.eachSupportedId())(
    'registers an app on first sight and keeps its registration on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);

      const first = await store.recordSnapshot(snapshot());
      expect(first).toMatchObject({
        entityRef: 'component:default/standup-notes-bot',
        lifecycleState: 'registered',
        riskScore: 3,
        approvalTier: 0,
      });
      expect(first.registeredAt.toISOString()).toBe('2026-11-22T10:00:00.000Z');

      const later = await store.recordSnapshot(
        snapshot({
          riskScore: 5,
          riskLevel: 'medium',
          approvalTier: 1,
          evaluatedAt: new Date('2026-12-01T08:00:00Z'),
        }),
      );
      expect(later).toMatchObject({
        riskScore: 5,
        riskLevel: 'medium',
        approvalTier: 1,
      });
      expect(later.registeredAt.toISOString()).toBe('2026-11-22T10:00:00.000Z');
      expect(later.evaluatedAt.toISOString()).toBe('2026-12-01T08:00:00.000Z');
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'registers an app exactly once under concurrent first sightings on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store.recordSnapshot(snapshot({ riskScore: i })),
        ),
      );
      const rows = await knex('governance_apps').select();
      expect(rows).toHaveLength(1);
      expect(await store.getApp('component:default/unknown')).toBeUndefined();
      await knex.destroy();
    },
  );
});
