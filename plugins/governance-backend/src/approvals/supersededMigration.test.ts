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
import { Knex } from 'knex';
import { DatabaseApprovalStore } from './DatabaseApprovalStore';

jest.setTimeout(60_000);

const MIGRATION = '20261124030000_approval_superseded.js';
const config = {
  directory: resolvePackagePath(
    '@guardrails/plugin-governance-backend',
    'migrations',
  ),
  tableName: 'governance__knex_migrations',
};

/** Runs the migrations one by one up to, not including, `name`. */
async function migrateUpTo(knex: Knex, name: string) {
  for (;;) {
    const [, pending] = await knex.migrate.list(config);
    if (pending.length === 0 || pending[0].file === name) return;
    await knex.migrate.up(config);
  }
}

const row = (id: string, sequence: number, status: string) => ({
  id,
  entity_ref: 'component:default/crm',
  sequence,
  material_hash: `h${sequence}`,
  tier: 2,
  required_roles: '["security"]',
  status,
  reason: 'Tier 2',
  created_at: new Date('2026-11-22T10:00:00Z'),
});

describe('the superseded-requests migration', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'supersedes the open requests left behind a newer one, and rolls back, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUpTo(knex, MIGRATION);
      await knex('governance_approval_requests').insert([
        row('r1', 1, 'pending'),
        row('r2', 2, 'changes-requested'),
        row('r3', 3, 'rejected'),
        row('r4', 4, 'pending'),
      ]);
      await knex.migrate.up(config);

      const store = new DatabaseApprovalStore(knex);
      expect(
        await Promise.all(
          ['r1', 'r2', 'r3', 'r4'].map(async id => {
            const r = await store.get(id);
            return [r?.status, r?.supersededBy];
          }),
        ),
      ).toEqual([
        ['superseded', 'r4'],
        ['superseded', 'r4'],
        ['rejected', undefined],
        ['pending', undefined],
      ]);
      expect((await store.listPending()).map(r => r.id)).toEqual(['r4']);

      await knex.migrate.down({ ...config, name: MIGRATION });
      expect(
        await knex('governance_approval_requests')
          .orderBy('sequence')
          .pluck('status'),
      ).toEqual(['pending', 'pending', 'rejected', 'pending']);
      await knex.destroy();
    },
  );
});
