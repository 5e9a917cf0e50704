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
import { TestDatabases, mockCredentials } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import {
  GovernanceProfileInput,
  assessRisk,
  governanceProfileSchema,
} from '@guardrails/plugin-governance-common';
import {
  createLifecycleHarness,
  people,
} from './__testUtils__/lifecycleHarness';

jest.setTimeout(120_000);

const tier1: GovernanceProfileInput = {
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
};
const tier0: GovernanceProfileInput = {
  supportContact: '#team-tools',
  businessUnit: 'Product',
  purpose: 'Posts standup notes to the team channel.',
  dataClassification: 'internal',
  accessScope: 'team',
  integrations: [{ target: 'slack', access: 'write', approvedConnector: true }],
  executionEnvironment: 'vendor-hosted',
  operationalCriticality: 'toy',
  allowedRegions: ['eu-west-1'],
};
const assessed = (input: GovernanceProfileInput) => {
  const profile = governanceProfileSchema.parse(input);
  return [profile, assessRisk(profile)] as const;
};

const teamLead = {
  credentials: mockCredentials.user(people.teamLead),
  actor: people.teamLead,
};
const approve = {
  role: 'team-lead' as const,
  decision: 'approve' as const,
  comment: 'Fine by me',
};

// The ways the issue found out of quarantine and retirement, each now shut.
describe('quarantined and retired apps stay put', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(
    databases
      .eachSupportedId()
      .flatMap(([id]) =>
        (['quarantine', 'retire'] as const).map(a => [a, id] as const),
      ),
  )(
    'after %s, on %p: no decision, profile change, attestation or keep brings the app back; an admin reinstate does',
    async (action, databaseId) => {
      const h = await createLifecycleHarness(await databases.init(databaseId));
      const ref = 'component:default/hiring-tracker';
      const state = action === 'quarantine' ? 'quarantined' : 'retired';
      await h.seed(ref);
      const [profile, risk] = assessed(tier1);
      expect(risk.tier).toBe(1);
      const older = await h.approvals.reconcile(ref, profile, risk);
      expect((await h.appRegistry.getApp(ref))?.lifecycleState).toBe(
        'pending-approval',
      );
      await h.lifecycle.change(ref, action, 'Found leaking data', people.admin);
      const stays = async () =>
        expect((await h.appRegistry.getApp(ref))?.lifecycleState).toBe(state);

      // A reviewer approves the request opened before the quarantine.
      const decided = await h.approvals.decide(older.id, approve, teamLead);
      expect(decided.status).toBe('approved');
      await stays();

      // Material changes open newer requests; the one replaced takes no
      // decision, and deciding the latest changes nothing either.
      const [changed, changedRisk] = assessed({ ...tier1, runtime: 'node22' });
      const replaced = await h.approvals.reconcile(ref, changed, changedRisk);
      const [again, againRisk] = assessed({ ...tier1, runtime: 'node24' });
      const latest = await h.approvals.reconcile(ref, again, againRisk);
      expect(new Set([older.id, replaced.id, latest.id]).size).toBe(3);
      await stays();
      await expect(
        h.approvals.decide(replaced.id, approve, teamLead),
      ).rejects.toThrow(ConflictError);
      await h.approvals.decide(latest.id, approve, teamLead);
      await stays();

      // A material change down to tier 0 is approved automatically.
      const [small, smallRisk] = assessed(tier0);
      expect(smallRisk.tier).toBe(0);
      const automatic = await h.approvals.reconcile(ref, small, smallRisk);
      expect(automatic.status).toBe('auto-approved');
      await stays();

      // The owner attests it is no longer needed, then tries to keep it.
      await h.attestationStore.createIfAbsent({
        entityRef: ref,
        ownerRef: people.owner,
        campaign: 'every-90d-1',
        dueAt: new Date('2026-12-01T00:00:00Z'),
        createdAt: h.now(),
      });
      const [task] = await h.attestations.listForEntity(ref);
      const before = await h.row(ref);
      await h.attestations.submit(
        task.id,
        {
          stillNeeded: false,
          ownerCorrect: true,
          classificationAccurate: true,
          secretsInApprovedStore: true,
          loggingInPlace: true,
          retentionRespected: true,
          notes: 'Replaced by the CRM',
        },
        { actor: people.owner },
      );
      expect(await h.row(ref)).toEqual(before);
      await expect(
        h.lifecycle.change(ref, 'keep', 'We still need it', people.owner),
      ).rejects.toThrow(ConflictError);
      await stays();
      const actions = (await h.auditOf(ref)).map(e => e.action);
      expect(actions.filter(a => a.startsWith('lifecycle.'))).toEqual([
        `lifecycle.${action}`,
      ]);

      // Only an admin's reinstate brings it back, where its approval stands.
      await expect(
        h.lifecycle.change(ref, 'reinstate', 'Leak fixed', people.admin),
      ).resolves.toEqual({ state: 'approved' });
      await h.knex.destroy();
    },
  );
});
