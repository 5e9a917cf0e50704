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
import { allYesAnswers, hr } from '../__testUtils__/governanceFixtures';
import {
  callAs,
  startGovernanceTestBackend,
} from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('owner attestations on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let server: any;

  beforeAll(async () => {
    const backend = await startGovernanceTestBackend({
      knex: await databases.init(databaseId),
    });
    server = backend.server;
  });

  const as = (user: string) => callAs(server, user);

  it('opens one task per app per campaign and records the owner’s answers', async () => {
    await as('user:default/ben').get(`/posture?entityRef=${hr}`);
    const first = await as('user:default/frank').post(
      '/attestations/campaigns',
      {},
    );
    expect(first.body.opened).toBeGreaterThan(0);
    expect(
      (await as('user:default/frank').post('/attestations/campaigns', {})).body,
    ).toEqual({
      opened: 0,
    });

    const tasks = await as('user:default/ben').get(
      `/attestations?entityRef=${hr}`,
    );
    expect(tasks.body.items).toHaveLength(1);
    const [task] = tasks.body.items;
    expect(task).toMatchObject({
      status: 'open',
      ownerRef: 'group:default/people-analytics',
      overdue: false,
    });
    // Tier 1 attests every 90 days.
    expect(task.campaign).toMatch(/^every-90d-\d+$/);

    const missingNotes = await as('user:default/ben').post(
      `/attestations/${task.id}`,
      {
        answers: { ...allYesAnswers, loggingInPlace: false },
      },
    );
    expect(missingNotes.status).toBe(400);
    expect(missingNotes.body.error.message).toContain('"answers.notes"');

    const done = await as('user:default/ben').post(`/attestations/${task.id}`, {
      answers: {
        ...allYesAnswers,
        loggingInPlace: false,
        notes: 'Telemetry goes live next sprint.',
      },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'completed',
      completedBy: 'user:default/ben',
      answers: {
        loggingInPlace: false,
        notes: 'Telemetry goes live next sprint.',
      },
    });
    const again = await as('user:default/ben').post(
      `/attestations/${task.id}`,
      { answers: allYesAnswers },
    );
    expect(again.status).toBe(409);

    const posture = await as('user:default/ben').get(
      `/posture?entityRef=${hr}`,
    );
    expect(posture.body.attestations[0]).toMatchObject({
      id: task.id,
      status: 'completed',
    });
    expect(posture.body.compliance).toEqual({ compliant: true, reasons: [] });
  });

  it('queues an app for retirement when its owner attests it is no longer needed', async () => {
    const bot = 'component:default/standup-notes-bot';
    await as('user:default/guest').get(`/posture?entityRef=${bot}`);
    await as('user:default/frank').post('/attestations/campaigns', {});
    const [task] = (
      await as('user:default/guest').get(`/attestations?entityRef=${bot}`)
    ).body.items;
    await as('user:default/guest').post(`/attestations/${task.id}`, {
      answers: {
        ...allYesAnswers,
        stillNeeded: false,
        notes: 'The team moved to the new standup tool.',
      },
    });
    const posture = await as('user:default/guest').get(
      `/posture?entityRef=${bot}`,
    );
    expect(posture.body.lifecycle).toMatchObject({
      state: 'retirement-pending',
      reason: expect.stringContaining('no longer needed'),
    });
  });
});
