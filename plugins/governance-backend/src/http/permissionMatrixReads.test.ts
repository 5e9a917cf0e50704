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
import { Knex } from 'knex';
import request from 'supertest';
import {
  ciTokenHeader,
  forwardedBy,
  pluginHeader,
} from '../__testUtils__/guardrailsPermissions';
import { governanceRows } from '../__testUtils__/governanceTables';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(180_000);

// The reads of one app's governance data that accept service tokens: a CI
// token reads its own app only, whatever the catalog would let it see;
// another backend plugin reads any app; no read writes anything.

const app = 'component:default/standup-notes-bot'; // auto-approved: evidence
const CALLERS = {
  'the owner': mockCredentials.user.header('user:default/guest'),
  "the app's CI token": ciTokenHeader('standup-ci'),
  "another app's CI token": ciTokenHeader('hr-ci'),
  'a token bound to no app': ciTokenHeader('stray-ci'),
  'another backend plugin': pluginHeader('plugin:tech-insights'),
  // A user's token forwarded by a plugin: the catalog decides, as for them.
  'a plugin on behalf of the owner': forwardedBy(
    'plugin:tech-insights',
    'user:default/guest',
  ),
  'no token': undefined,
};
type Caller = keyof typeof CALLERS;

// By entity ref a refusal is a 403 naming the binding; by id the bundle of
// an app the caller may not read does not exist (404).
const READS: Array<[string, number]> = [
  [`/posture?entityRef=${app}`, 403],
  [`/promotion-gate?entityRef=${app}`, 403],
  [`/evidence?entityRef=${app}`, 403],
  [`/exceptions?entityRef=${app}`, 403],
  [`/attestations?entityRef=${app}`, 403],
  [`/apps/value?entityRef=${app}`, 403],
  ['/evidence/:evidence', 404],
  ['/evidence/:evidence/verify', 404],
];
const STATUS: Record<Caller, (refused: number) => number> = {
  'the owner': () => 200,
  "the app's CI token": () => 200,
  "another app's CI token": refused => refused,
  'a token bound to no app': refused => refused,
  'another backend plugin': () => 200,
  'a plugin on behalf of the owner': () => 200,
  'no token': () => 401,
};
const ROWS = READS.flatMap(([route, refused]) =>
  (Object.keys(CALLERS) as Caller[]).map(
    c => [route, c, STATUS[c](refused)] as const,
  ),
);

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('reads bound to the app, on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let knex: Knex;
  let server: any;
  let evidenceId = '';

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    ({ server } = await startGovernanceTestBackend({
      knex,
      guardrailsPermissions: {
        governance: {
          ciTokens: [
            { subject: 'standup-ci', entityRefs: [app] },
            {
              subject: 'hr-ci',
              entityRefs: ['component:default/hr-candidate-tracker'],
            },
          ],
        },
      },
    }));
    const evidence = await knex('governance_evidence')
      .where({ entity_ref: app })
      .first();
    evidenceId = evidence.id;
  });

  it.each(ROWS)('GET %s as %s: %i', async (route, caller, status) => {
    const before = await governanceRows(knex);
    const req = request(server).get(
      `/api/governance${route.replace(':evidence', evidenceId)}`,
    );
    const authorization = CALLERS[caller];
    const res = await (authorization
      ? req.set('Authorization', authorization)
      : req);
    expect(res.status).toBe(status);
    expect(res.body?.error?.message ?? '').toContain(
      status === 403 ? `not bound to ${app}` : '',
    );
    expect(await governanceRows(knex)).toEqual(before);
  });
});
