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
import { Knex } from 'knex';
import request from 'supertest';
import { expectUnchanged } from '../__testUtils__/expectUnchanged';
import {
  ciTokenHeader,
  scaffolderHeader,
} from '../__testUtils__/guardrailsPermissions';
import {
  callAs,
  useGovernanceTestBackend,
} from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(180_000);

const crm = 'component:default/crm-record-updater';
const hr = 'component:default/hr-candidate-tracker';
const owner = 'user:default/ada';
const admin = 'user:default/frank';
const reviewer = 'user:default/erin';
const exceptionRequest = {
  entityRef: crm,
  packId: 'guardrails-default',
  ruleId: 'sensitive-no-admin-iam',
  justification: 'The bulk update API needs modify-all for now.',
  compensatingControls: 'Every write is logged to the SIEM.',
  requestedDays: 7,
};

/** Makes every audit append fail, as a broken database would. */
async function refuseAppends(knex: Knex) {
  if (knex.client.config.client === 'pg') {
    await knex.raw(`CREATE OR REPLACE FUNCTION governance_test_refuse()
      RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit log refuses appends'; END $$
      LANGUAGE plpgsql`);
    await knex.raw(`CREATE TRIGGER governance_test_refuse
      BEFORE INSERT ON governance_audit_events
      FOR EACH ROW EXECUTE FUNCTION governance_test_refuse()`);
  } else {
    await knex.raw(`CREATE TRIGGER governance_test_refuse
      BEFORE INSERT ON governance_audit_events
      BEGIN SELECT RAISE(ABORT, 'audit log refuses appends'); END`);
  }
}

const allowAppends = (knex: Knex) =>
  knex.raw(
    knex.client.config.client === 'pg'
      ? 'DROP TRIGGER governance_test_refuse ON governance_audit_events'
      : 'DROP TRIGGER governance_test_refuse',
  );

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('every accepted change is one audit event on %p', databaseId => {
  const backend = useGovernanceTestBackend(databaseId, {
    guardrailsPermissions: { governance: {} },
  });
  const as = (user: string) => callAs(backend.server, user);
  const actions = async () =>
    (await backend.knex('governance_audit_events').orderBy('seq')).map(
      e => e.action,
    );
  const activity = (entityRef: string) =>
    request(backend.server)
      .post('/api/governance/apps/activity')
      .set('Authorization', ciTokenHeader('app-ci'))
      .send({ entityRef });
  const verify = async () => (await as(admin).get('/audit/verify')).body;

  it('commits no change whose audit event fails, and answers 500', async () => {
    const open = await as(owner).post('/exceptions', exceptionRequest);
    expect(open.status).toBe(201);
    await refuseAppends(backend.knex);
    try {
      const calls: Array<[string, () => Promise<request.Response>]> = [
        [
          'exception request',
          () => as(owner).post('/exceptions', exceptionRequest),
        ],
        [
          'exception decision',
          () =>
            as(reviewer).post(`/exceptions/${open.body.id}/decision`, {
              decision: 'grant',
            }),
        ],
        [
          'lifecycle change',
          () =>
            as(admin).post('/apps/lifecycle', {
              entityRef: crm,
              action: 'quarantine',
              justification: 'Investigating a leak',
            }),
        ],
        ['activity report', () => activity(hr)],
        [
          'registration',
          () =>
            request(backend.server)
              .post('/api/governance/apps/register')
              .set('Authorization', scaffolderHeader('user:default/guest'))
              .send({ entityRef: 'component:default/where2eat' }),
        ],
      ];
      for (const [name, call] of calls) {
        await expectUnchanged(backend.knex, async () => {
          const res = await call();
          expect({ name, status: res.status }).toEqual({ name, status: 500 });
        });
      }
    } finally {
      await allowAppends(backend.knex);
    }
    const state = await backend
      .knex('governance_exceptions')
      .where({ id: open.body.id })
      .first();
    expect(state.status).toBe('requested');
  });

  it('writes exactly one event for each accepted change', async () => {
    const before = (await actions()).length;
    const opened = await as(owner).post('/exceptions', exceptionRequest);
    const decided = await as(reviewer).post(
      `/exceptions/${opened.body.id}/decision`,
      { decision: 'deny', comment: 'Scope the token instead' },
    );
    const quarantined = await as(admin).post('/apps/lifecycle', {
      entityRef: crm,
      action: 'quarantine',
      justification: 'Investigating a leak',
    });
    expect([opened.status, decided.status, quarantined.status]).toEqual([
      201, 200, 200,
    ]);
    expect((await actions()).slice(before)).toEqual([
      'exception.requested',
      'exception.denied',
      'lifecycle.quarantine',
    ]);
  });

  it('audits activity once per app and UTC day', async () => {
    const before = (await actions()).length;
    expect((await activity(hr)).status).toBe(204);
    expect((await activity(hr)).status).toBe(204);
    await Promise.all([activity(crm), activity(crm), activity(crm)]);
    expect((await actions()).slice(before)).toEqual([
      'app.activity-reported',
      'app.activity-reported',
    ]);
    const events = await backend
      .knex('governance_audit_events')
      .where({ action: 'app.activity-reported' })
      .orderBy('seq');
    expect(events.map(e => e.entity_ref).sort()).toEqual([crm, hr]);
  });

  it('writes nothing for a refused call (403, 400, 409)', async () => {
    const open = await as(owner).post('/exceptions', exceptionRequest);
    await as(reviewer).post(`/exceptions/${open.body.id}/decision`, {
      decision: 'grant',
    });
    const refused: Array<[number, () => Promise<request.Response>]> = [
      // Not an owner of the app.
      [403, () => as('user:default/ben').post('/exceptions', exceptionRequest)],
      [
        400,
        () =>
          as(owner).post('/exceptions', {
            ...exceptionRequest,
            requestedDays: 400,
          }),
      ],
      // Decided already: the compare-and-set finds it no longer requested.
      [
        409,
        () =>
          as(reviewer).post(`/exceptions/${open.body.id}/decision`, {
            decision: 'deny',
          }),
      ],
      [
        403,
        () =>
          as(owner).post('/apps/lifecycle', {
            entityRef: hr,
            action: 'quarantine',
            justification: 'Quarantining my own app for a review',
          }),
      ],
      // Quarantined by the test before: only reinstate takes it back.
      [
        409,
        () =>
          as(admin).post('/apps/lifecycle', {
            entityRef: crm,
            action: 'keep',
            justification: 'Still used by the sales team every day',
          }),
      ],
    ];
    for (const [status, call] of refused) {
      await expectUnchanged(backend.knex, async () => {
        const res = await call();
        expect([res.status, res.body.error?.message]).toEqual([
          status,
          expect.any(String),
        ]);
      });
    }
  });

  it('verifies the log complete, and incomplete when a change has no event', async () => {
    const complete = await verify();
    expect(complete).toMatchObject({
      valid: true,
      completeness: { complete: true, missingEvents: 0, missing: [] },
    });
    expect(complete.completeness.checkedChanges).toBeGreaterThan(10);

    // A change written past the service: the chain holds, the log misses it.
    await backend.knex('governance_exceptions').insert({
      id: 'f0000000-0000-4000-8000-000000000001',
      entity_ref: hr,
      pack_id: 'guardrails-default',
      rule_id: 'sensitive-no-admin-iam',
      justification: 'Inserted directly',
      compensating_controls: 'None',
      requested_days: 7,
      status: 'granted',
      requested_by: owner,
      requested_at: new Date(),
    });
    const incomplete = await verify();
    expect(incomplete).toMatchObject({
      valid: false,
      verifiedUpTo: incomplete.head.seq,
      completeness: {
        complete: false,
        missingEvents: 2,
        missing: [
          {
            table: 'governance_exceptions',
            id: 'f0000000-0000-4000-8000-000000000001',
            entityRef: hr,
            expectedAction: 'exception.requested',
          },
          expect.objectContaining({ expectedAction: 'exception.granted' }),
        ],
      },
    });
    expect(incomplete.firstBroken).toBeUndefined();
    expect(incomplete.warnings).toContain(
      '2 changes recorded in the governance tables have no audit event',
    );

    await backend
      .knex('governance_exceptions')
      .where({ id: 'f0000000-0000-4000-8000-000000000001' })
      .delete();
    expect((await verify()).completeness.complete).toBe(true);
  });
});
