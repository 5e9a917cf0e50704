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
import { ciTokenHeader } from '../__testUtils__/guardrailsPermissions';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

const bot = 'component:default/standup-notes-bot';

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('app lifecycle on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let server: any;

  beforeAll(async () => {
    const backend = await startGovernanceTestBackend({
      knex: await databases.init(databaseId),
    });
    server = backend.server;
    // Reading the posture registers the app.
    await request(server)
      .get('/api/governance/posture')
      .query({ entityRef: bot })
      .set('Authorization', mockCredentials.user.header());
  });

  const posture = async () =>
    (
      await request(server)
        .get('/api/governance/posture')
        .query({ entityRef: bot })
        .set('Authorization', mockCredentials.user.header())
    ).body;
  const change = (user: string, body: object) =>
    request(server)
      .post('/api/governance/apps/lifecycle')
      .set('Authorization', mockCredentials.user.header(user))
      .send(body);

  it("records activity reported with the app's CI token", async () => {
    const res = await request(server)
      .post('/api/governance/apps/activity')
      .set('Authorization', ciTokenHeader('app-ci'))
      .send({ entityRef: bot });
    expect(res.status).toBe(204);
    expect(
      Date.parse((await posture()).lifecycle.lastActivityAt),
    ).toBeGreaterThan(Date.now() - 60_000);

    const unknown = await request(server)
      .post('/api/governance/apps/activity')
      .set('Authorization', mockCredentials.user.header())
      .send({ entityRef: 'component:default/nope' });
    expect(unknown.status).toBe(404);
    const bad = await request(server)
      .post('/api/governance/apps/activity')
      .set('Authorization', ciTokenHeader('app-ci'))
      .send({ entityRef: 'not a ref' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('"entityRef"');
  });

  it('lets admins quarantine and reinstate an app, blocking promotion meanwhile (who is an admin: see the permission policy tests)', async () => {
    const quarantined = await change('user:default/frank', {
      entityRef: bot,
      action: 'quarantine',
      justification: 'Leaking standup notes to a public channel',
    });
    expect(quarantined.body).toEqual({ state: 'quarantined' });
    expect((await posture()).lifecycle).toMatchObject({
      state: 'quarantined',
      reason:
        'quarantine by user:default/frank: Leaking standup notes to a public channel',
    });
    const gate = await request(server)
      .get('/api/governance/promotion-gate')
      .query({ entityRef: bot })
      .set('Authorization', ciTokenHeader('app-ci'));
    expect(gate.body.reasons).toContain('The app is quarantined');

    const keep = await change('user:default/frank', {
      entityRef: bot,
      action: 'keep',
      justification: 'Still used every morning',
    });
    expect(keep.status).toBe(409);

    const reinstated = await change('user:default/frank', {
      entityRef: bot,
      action: 'reinstate',
      justification: 'Channel fixed and verified',
    });
    // Tier 0 apps are approved automatically, so it goes back to approved.
    expect(reinstated.body).toEqual({ state: 'approved' });

    const events = await request(server)
      .get(`/api/governance/audit/events?entityRef=${bot}`)
      .set('Authorization', mockCredentials.user.header('user:default/frank'));
    expect(events.body.items.map((e: any) => e.action)).toEqual([
      'approval.auto-approved',
      'evidence.created',
      // From the first test: activity is on the record too.
      'app.activity-reported',
      'lifecycle.quarantine',
      'lifecycle.reinstate',
    ]);
  });

  it('answers 400 naming the field for a bad lifecycle action', async () => {
    const res = await change('user:default/frank', {
      entityRef: bot,
      action: 'delete',
      justification: 'Not an action we have',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('"action"');
  });
});
