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
import request from 'supertest';
import { ciTokenHeader } from '../__testUtils__/guardrailsPermissions';
import {
  callAs,
  startGovernanceTestBackend,
} from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

const crm = 'component:default/crm-record-updater';

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('approvals by tier and the promotion gate on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let server: any;

  beforeAll(async () => {
    const backend = await startGovernanceTestBackend({
      knex: await databases.init(databaseId),
    });
    server = backend.server;
  });

  const as = (user: string) => callAs(server, user);
  const posture = async (entityRef: string) =>
    (await as('user:default/ada').get(`/posture?entityRef=${entityRef}`)).body;
  const gate = (entityRef: string) =>
    request(server)
      .get('/api/governance/promotion-gate')
      .query({ entityRef })
      .set('Authorization', ciTokenHeader('app-ci'));

  it('approves tier 0 automatically with the reason, and lets it be promoted', async () => {
    const bot = await posture('component:default/standup-notes-bot');
    expect(bot.approval).toMatchObject({
      status: 'auto-approved',
      requiredRoles: [],
      reason: expect.stringContaining('Approved automatically: tier 0'),
    });
    const res = await gate('component:default/standup-notes-bot');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      entityRef: 'component:default/standup-notes-bot',
      allowed: true,
      reasons: [],
    });
  });

  it('routes a tier 2 request to security, privacy and platform, each deciding once', async () => {
    const before = await posture(crm);
    const { approval } = before;
    expect(approval).toMatchObject({
      tier: 2,
      status: 'pending',
      requiredRoles: ['security', 'privacy', 'platform'],
      awaitingRoles: ['security', 'privacy', 'platform'],
    });
    expect(Date.parse(approval.dueAt) - Date.parse(approval.createdAt)).toBe(
      48 * 3_600_000,
    );
    expect(before.lifecycle.state).toBe('pending-approval');

    const queue = await as('user:default/pia').get('/approvals/queue');
    expect(queue.body.items.map((r: any) => r.entityRef)).toContain(crm);
    expect(queue.body.roles).toEqual(['privacy']);
    expect(
      (await as('user:default/ada').get('/approvals/queue')).body.items,
    ).toEqual([]);

    const decide = (user: string, role: string, decision = 'approve') =>
      as(user).post(`/approvals/${approval.id}/decisions`, {
        role,
        decision,
        comment: 'Reviewed the risk summary and evidence',
      });

    expect((await decide('user:default/ada', 'privacy')).status).toBe(403);
    const security = await decide('user:default/erin', 'security');
    expect(security.status).toBe(200);
    expect(security.body.awaitingRoles).toEqual(['privacy', 'platform']);

    const again = await decide('user:default/erin', 'security', 'reject');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('already decided');

    const wrongRole = await decide('user:default/leo', 'legal');
    expect(wrongRole.status).toBe(400);
    expect(wrongRole.body.error.message).toContain(
      'role: legal does not review',
    );

    expect((await decide('user:default/pia', 'privacy')).status).toBe(200);
    const last = await decide('user:default/frank', 'platform');
    expect(last.body).toMatchObject({ status: 'approved', awaitingRoles: [] });
    expect(last.body.decisions.map((d: any) => [d.role, d.decidedBy])).toEqual([
      ['security', 'user:default/erin'],
      ['privacy', 'user:default/pia'],
      ['platform', 'user:default/frank'],
    ]);

    const after = await posture(crm);
    expect(after.lifecycle.state).toBe('approved');
    expect(after.approval.id).toBe(approval.id);

    // Approved, but the admin-IAM deny finding still stops promotion.
    const res = await gate(crm);
    expect(res.body.allowed).toBe(false);
    expect(res.body.reasons).toEqual([
      'Blocking policy finding: Sensitive apps may not request admin IAM (guardrails-default/sensitive-no-admin-iam)',
    ]);

    const events = await as('user:default/frank').get(
      `/audit/events?entityRef=${crm}`,
    );
    expect(events.body.items.map((e: any) => e.action)).toEqual([
      'approval.requested',
      'approval.decided',
      'approval.decided',
      'approval.decided',
      'evidence.created',
    ]);
  });

  it('lets a reviewer delegate a role to another member of it', async () => {
    const { approval } = await posture('component:default/finance-expense-app');
    const route = `/approvals/${approval.id}/delegations`;

    const outsider = await as('user:default/erin').post(route, {
      role: 'security',
      to: 'user:default/ada',
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.message).toContain(
      'to: user:default/ada is not a member of the security role',
    );
    const notHolder = await as('user:default/pia').post(route, {
      role: 'security',
      to: 'user:default/sam',
    });
    expect(notHolder.status).toBe(403);

    const delegated = await as('user:default/erin').post(route, {
      role: 'security',
      to: 'sam',
    });
    expect(delegated.status).toBe(200);
    expect(delegated.body.delegates).toEqual({ security: 'user:default/sam' });

    // Erin no longer sees it for security, nor may she decide it.
    const queue = await as('user:default/erin').get('/approvals/queue');
    expect(queue.body.items.map((r: any) => r.id)).not.toContain(approval.id);
    const decision = await as('user:default/erin').post(
      `/approvals/${approval.id}/decisions`,
      {
        role: 'security',
        decision: 'approve',
        comment: 'ok',
      },
    );
    expect(decision.status).toBe(403);
    expect(decision.body.error.message).toContain(
      'delegated to user:default/sam',
    );
  });

  it('answers 400 naming the field of a malformed decision', async () => {
    const { approval } = await posture('component:default/finance-expense-app');
    const res = await as('user:default/erin').post(
      `/approvals/${approval.id}/decisions`,
      {
        role: 'security',
        decision: 'maybe',
        comment: 'x',
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('"decision"');
    expect(
      (await posture('component:default/finance-expense-app')).approval
        .decisions,
    ).toEqual([]);
  });

  it('keeps a pending app out of production, saying who it waits for', async () => {
    await posture('component:default/hr-candidate-tracker');
    const res = await gate('component:default/hr-candidate-tracker');
    expect(res.body).toMatchObject({
      allowed: false,
      reasons: ['Approval is pending: waiting on team-lead'],
    });
    expect(
      (
        await as('user:default/ada').get(
          '/promotion-gate?entityRef=component:default/no-such-app',
        )
      ).status,
    ).toBe(404);
    // A CI token only reads the gate of the apps it is bound to.
    expect((await gate('component:default/where2eat')).status).toBe(403);
  });
});
