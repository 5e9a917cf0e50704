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
import {
  TestDatabases,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import {
  assessRisk,
  governanceProfileSchema,
} from '@guardrails/plugin-governance-common';
import { DatabaseApprovalStore } from './DatabaseApprovalStore';
import { DatabaseAppRegistryStore } from '../appRegistry/DatabaseAppRegistryStore';
import { DatabaseAuditLogStore } from '../audit/DatabaseAuditLogStore';
import { governanceTransaction } from '../database/governanceTransaction';
import { migrateUp } from '../database/migrateDatabase';
import { DefaultApprovalService } from './DefaultApprovalService';
import { SeparationOfDuties } from './SeparationOfDuties';
import {
  createLifecycleHarness,
  people,
} from '../lifecycle/__testUtils__/lifecycleHarness';

jest.setTimeout(60_000);

const HOUR = 3_600_000;

const profile = governanceProfileSchema.parse({
  supportContact: 'people@acme.example',
  businessUnit: 'People',
  purpose: 'Tracks candidates through hiring stages.',
  dataClassification: 'internal',
  dataTypes: ['pii'],
  accessScope: 'cross-team',
  integrations: [
    { target: 'app-db', access: 'write', type: 'database', owned: true },
  ],
  executionEnvironment: 'serverless',
  operationalCriticality: 'productivity',
  allowedRegions: ['eu-sovereign'],
});

// Real stores on each database; the clock is moved by hand.
describe('DefaultApprovalService SLA', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'reminds the reviewers once, then escalates once to reviewers and admins, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUp(knex);
      let now = new Date('2026-11-22T08:00:00Z');
      const notifications = { send: jest.fn() };
      const auditLog = new DatabaseAuditLogStore(knex);
      const service = new DefaultApprovalService({
        store: new DatabaseApprovalStore(knex),
        appRegistry: new DatabaseAppRegistryStore(knex),
        transaction: governanceTransaction(knex),
        userInfo: mockServices.userInfo(),
        roles: {
          admin: ['group:default/platform-team'],
          auditor: [],
          'team-lead': ['user:default/tina'],
          security: [],
          privacy: [],
          platform: [],
          executive: [],
          legal: [],
        },
        slaHours: { 1: 24, 2: 48, 3: 120 },
        separationOfDuties: new SeparationOfDuties({
          enabled: true,
          userInfo: mockServices.userInfo(),
          appRegistry: new DatabaseAppRegistryStore(knex),
        }),
        notifications,
        now: () => now,
      });
      const risk = assessRisk(profile);
      expect(risk.tier).toBe(1);
      const request = await service.reconcile(
        'component:default/hr',
        profile,
        risk,
      );
      expect(request.dueAt).toBe('2026-11-23T08:00:00.000Z');

      now = new Date(now.getTime() + 12 * HOUR);
      expect(await service.remindAndEscalate()).toEqual({
        reminded: 0,
        escalated: 0,
      });
      now = new Date(now.getTime() + 7 * HOUR);
      expect(await service.remindAndEscalate()).toEqual({
        reminded: 1,
        escalated: 0,
      });
      expect(notifications.send).toHaveBeenLastCalledWith(
        expect.objectContaining({
          recipients: { type: 'entity', entityRef: ['user:default/tina'] },
        }),
      );
      expect(await service.remindAndEscalate()).toEqual({
        reminded: 0,
        escalated: 0,
      });

      now = new Date('2026-11-23T09:00:00Z');
      expect(await service.remindAndEscalate()).toEqual({
        reminded: 0,
        escalated: 1,
      });
      expect(notifications.send).toHaveBeenLastCalledWith(
        expect.objectContaining({
          recipients: {
            type: 'entity',
            entityRef: ['user:default/tina', 'group:default/platform-team'],
          },
          payload: expect.objectContaining({ severity: 'high' }),
        }),
      );
      expect(await service.remindAndEscalate()).toEqual({
        reminded: 0,
        escalated: 0,
      });
      const actions = (await auditLog.list({ limit: 10 })).map(e => e.action);
      expect(actions).toEqual(['approval.requested', 'approval.escalated']);
      await knex.destroy();
    },
  );
});

describe('DefaultApprovalService superseded requests', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'takes a replaced request out of the queue and refuses to decide or delegate it, on %p',
    async databaseId => {
      const h = await createLifecycleHarness(await databases.init(databaseId));
      const ref = 'component:default/hr';
      await h.seed(ref);
      const risk = assessRisk(profile);
      const older = await h.approvals.reconcile(ref, profile, risk);
      const changed = { ...profile, runtime: 'node22' };
      const newer = await h.approvals.reconcile(ref, changed, risk);
      expect(newer.id).not.toBe(older.id);
      const tina = {
        credentials: mockCredentials.user(people.teamLead),
        actor: people.teamLead,
      };

      expect(
        (await h.approvals.queueFor(tina.credentials)).map(r => r.id),
      ).toEqual([newer.id]);
      const audited = (await h.auditOf(ref)).length;
      await expect(
        h.approvals.decide(
          older.id,
          { role: 'team-lead', decision: 'approve', comment: 'ok' },
          tina,
        ),
      ).rejects.toThrow(
        new ConflictError(
          `Approval request ${older.id} was superseded by ${newer.id}; decide the app's latest request instead`,
        ),
      );
      await expect(
        h.approvals.delegate(
          older.id,
          { role: 'team-lead', to: people.teamLead },
          tina,
        ),
      ).rejects.toThrow(ConflictError);
      expect((await h.auditOf(ref)).length).toBe(audited);
      expect(await h.approvals.latestForEntity(ref)).toMatchObject({
        id: newer.id,
        status: 'pending',
      });
      expect((await h.appRegistry.getApp(ref))?.lifecycleState).toBe(
        'pending-approval',
      );
      await h.knex.destroy();
    },
  );
});
