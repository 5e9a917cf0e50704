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
import { denyGovernance } from '../__testUtils__/denyGovernancePermissions';
import { expectUnchanged } from '../__testUtils__/expectUnchanged';
import {
  callAs,
  startGovernanceTestBackend,
  useGovernanceTestBackend,
} from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('governance dashboard on %p', databaseId => {
  const backend = useGovernanceTestBackend(databaseId);

  it('shows the expected figures for the example data', async () => {
    const res = await callAs(backend.server, 'user:default/frank').get(
      '/dashboard',
    );
    expect(res.status).toBe(200);
    expect(res.body.apps).toEqual({
      total: 6,
      byTier: { '0': 2, '1': 1, '2': 2, '3': 1 },
      byLifecycle: expect.any(Object),
      fromTemplates: 0,
    });
    expect(res.body.coverage).toEqual({
      governed: 6,
      ungoverned: 1,
      ungovernedRefs: ['component:default/shadow-pricing-sheet'],
    });
    expect(res.body.approvals).toMatchObject({
      pending: 4,
      autoApproved: 2,
      reviewed: 0,
    });
    expect(res.body.exceptions).toEqual({ active: 0, requested: 0 });
  });

  it('shows the audit state the scheduled verification stored, and reading it verifies nothing', async () => {
    const as = callAs(backend.server, 'user:default/frank');
    await expectUnchanged(backend.knex, async () => {
      const before = await as.get('/dashboard');
      expect(before.body.audit).toEqual({
        valid: false,
        events: 0,
        reason: expect.stringContaining('not verified yet'),
      });
    });

    await backend.runTask('governance-audit-checkpoint');
    await backend.runTask('governance-audit-verification');
    const { audit } = (await as.get('/dashboard')).body;
    const head = await backend.knex('governance_audit_head').first();
    expect(audit).toMatchObject({
      valid: true,
      events: Number(head.seq),
      verifiedAt: expect.any(String),
      verifiedUpTo: Number(head.seq),
      newestWitnessed: { seq: Number(head.seq) },
      uncoveredEvents: 0,
    });
    expect(audit.newestWitnessed.ageSeconds).toBeGreaterThanOrEqual(0);
  });

  it('measures the time to approval once a reviewer approves', async () => {
    const as = callAs(backend.server, 'user:default/frank');
    const posture = await as.get(
      '/posture?entityRef=component:default/hr-candidate-tracker',
    );
    const decided = await as.post(
      `/approvals/${posture.body.approval.id}/decisions`,
      { role: 'team-lead', decision: 'approve', comment: 'Reviewed the risk' },
    );
    expect(decided.body.status).toBe('approved');

    const { approvals } = (await as.get('/dashboard')).body;
    expect(approvals.reviewed).toBe(1);
    expect(approvals.pending).toBe(3);
    expect(approvals.medianHoursToApproval).toBeGreaterThanOrEqual(0);
    expect(approvals.medianHoursToApproval).toBeLessThan(1);
  });
});

describe('governance dashboard when the permission policy denies', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('refuses the dashboard with 403', async () => {
    const { server } = await startGovernanceTestBackend({
      knex: await databases.init('SQLITE_3'),
      extraFeatures: [denyGovernance],
    });
    const as = callAs(server, 'user:default/ada');
    expect((await as.get('/dashboard')).status).toBe(403);
  });
});
