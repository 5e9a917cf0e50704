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
import { DatabaseAttestationStore } from './DatabaseAttestationStore';
import { governanceTransaction } from '../database/governanceTransaction';
import { migrateUp } from '../database/migrateDatabase';
import {
  DefaultAttestationService,
  campaignFor,
} from './DefaultAttestationService';

jest.setTimeout(60_000);

const DAY = 86_400_000;

describe('campaignFor', () => {
  it('names the cadence period and when it ends', () => {
    const { campaign, endsAt } = campaignFor(new Date(100.5 * 90 * DAY), 90);
    expect(campaign).toBe('every-90d-100');
    expect(endsAt.getTime()).toBe(101 * 90 * DAY);
  });
});

// Real stores on each database; the clock is moved by hand.
describe('DefaultAttestationService reminders and escalation', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'reminds before the due date, then escalates once and marks the app non-compliant, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUp(knex);
      const appRegistry = new DatabaseAppRegistryStore(knex);
      await appRegistry.recordSnapshot({
        entityRef: 'component:default/where2eat',
        riskScore: 2,
        riskLevel: 'low',
        approvalTier: 0,
        dataClassification: 'internal',
        ownerRef: 'user:default/guest',
        profileHash: 'h',
        evaluatedAt: new Date(),
      });
      let now = new Date(Date.UTC(2026, 10, 1));
      const notifications = { send: jest.fn() };
      const service = new DefaultAttestationService({
        store: new DatabaseAttestationStore(knex),
        appRegistry,
        transaction: governanceTransaction(knex),
        userInfo: mockServices.userInfo(),
        notifications,
        logger: mockServices.logger.mock(),
        cadenceDays: { 0: 180, 1: 90, 2: 90, 3: 30 },
        now: () => now,
      });

      expect(await service.runCampaigns()).toBe(1);
      const [task] = await service.listForEntity('component:default/where2eat');
      const due = Date.parse(task.dueAt);

      now = new Date(due - 10 * DAY);
      expect(await service.remindAndEscalate()).toEqual({
        reminded: 0,
        escalated: 0,
      });
      now = new Date(due - 3 * DAY);
      expect(await service.remindAndEscalate()).toEqual({
        reminded: 1,
        escalated: 0,
      });
      expect(await service.remindAndEscalate()).toEqual({
        reminded: 0,
        escalated: 0,
      });
      now = new Date(due + DAY);
      expect(await service.remindAndEscalate()).toEqual({
        reminded: 0,
        escalated: 1,
      });
      expect(await service.remindAndEscalate()).toEqual({
        reminded: 0,
        escalated: 0,
      });

      const [overdue] = await service.listForEntity(
        'component:default/where2eat',
      );
      expect(overdue.overdue).toBe(true);
      expect(notifications.send).toHaveBeenLastCalledWith(
        expect.objectContaining({
          recipients: { type: 'entity', entityRef: 'user:default/guest' },
          payload: expect.objectContaining({ severity: 'high' }),
        }),
      );
      await knex.destroy();
    },
  );
});
