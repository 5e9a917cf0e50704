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
import { DatabaseAppRegistryStore } from '../appRegistry/DatabaseAppRegistryStore';
import { governanceTransaction } from '../database/governanceTransaction';
import { migrateUp } from '../database/migrateDatabase';
import { DefaultLifecycleService } from './DefaultLifecycleService';

jest.setTimeout(60_000);

const app = (name: string, retirementDate?: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: {
    owner: 'group:default/team-a',
    governance: { dataClassification: 'internal', retirementDate },
  },
});

// The catalog is a stand-in returning fixed entities; the stores are real, on
// each database.
describe('DefaultLifecycleService.sweep', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'queues inactive and due apps for retirement and tells their owners, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUp(knex);
      const appRegistry = new DatabaseAppRegistryStore(knex);
      const registered = new Date('2026-01-01T00:00:00Z');
      for (const name of ['busy', 'idle', 'due', 'kept', 'quiet']) {
        await appRegistry.recordSnapshot({
          entityRef: `component:default/${name}`,
          riskScore: 2,
          riskLevel: 'low',
          approvalTier: 0,
          dataClassification: 'internal',
          ownerRef: 'group:default/team-a',
          profileHash: 'h',
          evaluatedAt: registered,
        });
      }
      const now = new Date('2026-11-22T00:00:00Z');
      await appRegistry.recordActivity(
        'component:default/busy',
        new Date('2026-11-20T00:00:00Z'),
      );
      await appRegistry.recordActivity(
        'component:default/due',
        new Date('2026-11-20T00:00:00Z'),
      );
      // Idle 80 days: warned (14 days before the 90-day limit), not queued.
      await appRegistry.recordActivity(
        'component:default/quiet',
        new Date('2026-09-03T00:00:00Z'),
      );
      await appRegistry.transitionLifecycleState('component:default/kept', {
        expected: 'registered',
        next: 'approved',
        keepUntil: new Date('2027-01-01T00:00:00Z'),
      });
      const notifications = { send: jest.fn() };
      const service = new DefaultLifecycleService({
        appRegistry,
        approvals: { latestForEntity: jest.fn() } as any,
        transaction: governanceTransaction(knex),
        catalog: {
          getEntities: async () => ({
            items: [
              app('busy'),
              app('idle'),
              app('due', '2026-11-01'),
              app('kept'),
              app('quiet'),
            ],
          }),
        } as any,
        auth: mockServices.auth(),
        notifications,
        logger: mockServices.logger.mock(),
        inactivityDays: 90,
        now: () => now,
      });

      const { queued } = await service.sweep();
      expect(queued.sort()).toEqual([
        'component:default/due',
        'component:default/idle',
      ]);
      expect(await appRegistry.getApp('component:default/idle')).toMatchObject({
        lifecycleState: 'retirement-pending',
        lifecycleReason: 'no activity for 325 days (limit 90)',
      });
      expect(
        (await appRegistry.getApp('component:default/due'))?.lifecycleReason,
      ).toBe('its planned retirement date 2026-11-01 has come');
      expect(notifications.send).toHaveBeenCalledWith(
        expect.objectContaining({
          recipients: { type: 'entity', entityRef: 'group:default/team-a' },
        }),
      );
      expect(notifications.send).toHaveBeenCalledWith(
        expect.objectContaining({
          payload: expect.objectContaining({
            title: 'component:default/quiet has been idle for 80 days',
          }),
        }),
      );
      expect(
        (await appRegistry.getApp('component:default/quiet'))?.lifecycleState,
      ).toBe('registered');
      // A second sweep neither queues nor warns again.
      const sent = notifications.send.mock.calls.length;
      expect((await service.sweep()).queued).toEqual([]);
      expect(notifications.send.mock.calls.length).toBe(sent);
      await knex.destroy();
    },
  );
});
