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
import request from 'supertest';
import { denyGovernance } from '../__testUtils__/denyGovernancePermissions';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

const owner = mockCredentials.user('user:default/ada');
const reviewer = mockCredentials.user('user:default/erin');
const crm = 'component:default/crm-record-updater';

const exceptionRequest = {
  entityRef: crm,
  packId: 'guardrails-default',
  ruleId: 'sensitive-no-admin-iam',
  justification:
    'The bulk update API needs modify-all until the vendor ships scoped tokens.',
  compensatingControls:
    'Runs only from the CI service account; every write is logged to the SIEM.',
  requestedDays: 14,
};

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('exceptions and the audit log on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let server: any;

  beforeAll(async () => {
    const backend = await startGovernanceTestBackend({
      knex: await databases.init(databaseId),
    });
    server = backend.server;
  });

  const as = (credentials: typeof owner) => ({
    get: (path: string) =>
      request(server)
        .get(`/api/governance${path}`)
        .set(
          'Authorization',
          mockCredentials.user.header(credentials.principal.userEntityRef),
        ),
    post: (path: string, body: object) =>
      request(server)
        .post(`/api/governance${path}`)
        .set(
          'Authorization',
          mockCredentials.user.header(credentials.principal.userEntityRef),
        )
        .send(body),
  });

  it('waives a finding once an exception is granted, and records every step', async () => {
    const before = await as(owner).get(`/posture?entityRef=${crm}`);
    expect(before.body.policy.allowed).toBe(false);

    const requested = await as(owner).post('/exceptions', exceptionRequest);
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      status: 'requested',
      requestedBy: 'user:default/ada',
      active: false,
    });

    const granted = await as(reviewer).post(
      `/exceptions/${requested.body.id}/decision`,
      {
        decision: 'grant',
        comment: 'Until the vendor ships scoped tokens',
        days: 30,
      },
    );
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({
      status: 'granted',
      decidedBy: 'user:default/erin',
      active: true,
    });
    // Capped at the configured maximum of 14 days.
    const days =
      (Date.parse(granted.body.expiresAt) -
        Date.parse(granted.body.decidedAt)) /
      86_400_000;
    expect(days).toBe(14);

    const after = await as(owner).get(`/posture?entityRef=${crm}`);
    expect(after.body.policy.allowed).toBe(true);
    expect(after.body.policy.findings).toEqual([
      expect.objectContaining({
        ruleId: 'sensitive-no-admin-iam',
        waived: true,
        blocking: false,
      }),
    ]);
    expect(after.body.exceptions[0]).toMatchObject({
      id: requested.body.id,
      active: true,
    });

    const again = await as(reviewer).post(
      `/exceptions/${requested.body.id}/decision`,
      {
        decision: 'deny',
      },
    );
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('decisions cannot be changed');

    const events = await as(reviewer).get(`/audit/events?entityRef=${crm}`);
    expect(events.body.items.map((e: any) => [e.action, e.actor])).toEqual([
      ['approval.requested', 'service:governance'],
      ['exception.requested', 'user:default/ada'],
      ['exception.granted', 'user:default/erin'],
    ]);
    const verification = await as(reviewer).get('/audit/verify');
    expect(verification.body).toMatchObject({ valid: true });

    const csv = await as(reviewer).get('/audit/events?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\n')[0]).toBe(
      'seq,eventId,occurredAt,actor,action,entityRef,payload,prevHash,hash',
    );
    expect(csv.text).toContain('exception.granted');
  });

  it('answers 400 naming the field for a bad request, and changes nothing', async () => {
    const tooLong = await as(owner).post('/exceptions', {
      ...exceptionRequest,
      requestedDays: 90,
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.message).toContain('"requestedDays"');

    const vague = await as(owner).post('/exceptions', {
      ...exceptionRequest,
      justification: 'pls',
    });
    expect(vague.status).toBe(400);
    expect(vague.body.error.message).toContain('"justification"');

    const unknownRule = await as(owner).post('/exceptions', {
      ...exceptionRequest,
      ruleId: 'nope',
    });
    expect(unknownRule.status).toBe(400);
    expect(unknownRule.body.error.message).toContain('guardrails-default/nope');

    const unknownApp = await as(owner).post('/exceptions', {
      ...exceptionRequest,
      entityRef: 'component:default/nope',
    });
    expect(unknownApp.status).toBe(404);

    const badDecision = await as(reviewer).post(
      '/exceptions/whatever/decision',
      { decision: 'maybe' },
    );
    expect(badDecision.status).toBe(400);
    expect(badDecision.body.error.message).toContain('"decision"');

    const listed = await as(owner).get(`/exceptions?entityRef=${crm}`);
    expect(listed.body.items).toHaveLength(1);
  });
});

describe('exceptions when the permission policy denies', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('refuses requests, decisions and audit reads with 403, changing nothing', async () => {
    const backend = await startGovernanceTestBackend({
      knex: await databases.init('SQLITE_3'),
      extraFeatures: [denyGovernance],
    });
    const auth = mockCredentials.user.header('user:default/guest');
    const post = (path: string, body: object) =>
      request(backend.server)
        .post(`/api/governance${path}`)
        .set('Authorization', auth)
        .send(body);

    const requested = await post('/exceptions', exceptionRequest);
    expect(requested.status).toBe(403);
    expect(requested.body.error.message).toContain(`Only the owners of ${crm}`);

    expect(
      (await post('/exceptions/x/decision', { decision: 'grant' })).status,
    ).toBe(403);
    const audit = await request(backend.server)
      .get('/api/governance/audit/verify')
      .set('Authorization', auth);
    expect(audit.status).toBe(403);

    const listed = await request(backend.server)
      .get(`/api/governance/exceptions?entityRef=${crm}`)
      .set('Authorization', auth);
    expect(listed.body.items).toEqual([]);
  });
});
