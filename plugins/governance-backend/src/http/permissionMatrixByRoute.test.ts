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
import {
  allYesAnswers,
  crm,
  crmExceptionRequest,
  hr,
} from '../__testUtils__/governanceFixtures';
import {
  ciTokenHeader,
  forwardedBy,
  pluginHeader,
  scaffolderHeader,
  userHeader,
} from '../__testUtils__/guardrailsPermissions';
import {
  GovernanceRows,
  changedTables,
  governanceRows,
  restoreGovernanceRows,
} from '../__testUtils__/governanceTables';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(300_000);

// Every mutating route x every kind of caller, on the real permission
// backend with the Guardrails policy. Each row starts from the same state
// (the tables are put back after every row), so rows do not depend on each
// other; a refused call must leave every governance table as it was.

const admin = userHeader('frank');
const PRINCIPALS = {
  owner: userHeader('ada'), // sales-ops
  'other user': userHeader('ben'),
  'team-lead reviewer': userHeader('guest'),
  'security reviewer': userHeader('sam'),
  'privacy reviewer': userHeader('pia'),
  'platform reviewer': userHeader('dev'),
  'executive reviewer': userHeader('leo'),
  'legal reviewer': userHeader('carla'),
  admin,
  auditor: userHeader('audrey'),
  'app CI token': ciTokenHeader('crm-ci'),
  "another app's CI token": ciTokenHeader('hr-ci'),
  // Backstage's permission client allows every service principal: the
  // routes themselves must refuse other plugins and forwarded tokens.
  'another plugin': pluginHeader('plugin:catalog'),
  'the scaffolder itself': pluginHeader('plugin:scaffolder'),
  'another plugin for the owner': forwardedBy(
    'plugin:catalog',
    'user:default/ada',
  ),
  'no token': undefined,
};
type Principal = keyof typeof PRINCIPALS;
// Registration is the scaffolder's, on behalf of the user running the
// template, who must be allowed to own the app.
const SCAFFOLDER = {
  'the scaffolder for the owner': scaffolderHeader('user:default/ada'),
  'the scaffolder for another user': scaffolderHeader('user:default/ben'),
};
type Caller = Principal | keyof typeof SCAFFOLDER;
const headerOf = (c: Caller) => ({ ...PRINCIPALS, ...SCAFFOLDER }[c]);

const roles = {
  admins: ['user:default/frank'],
  auditors: ['user:default/audrey'],
  teamLeads: ['user:default/guest'],
  // erin: a second security reviewer, to delegate to.
  security: ['user:default/sam', 'user:default/erin'],
  privacy: ['user:default/pia'],
  platform: ['user:default/dev'],
  executive: ['user:default/leo'],
  legal: ['user:default/carla'],
};

let call: (
  method: 'get' | 'post',
  route: string,
  authorization: string | undefined,
  body?: object,
) => request.Test;

interface Route {
  /** The path; :approval is crm's pending request, :id what prepare gave. */
  route: string;
  body?: object | ((caller: Caller) => object);
  /** Sets up what the route acts on; returns the id for :id. */
  prepare?: () => Promise<string | void>;
  /** Statuses other than 403 (401 without a token); 2xx for those allowed. */
  expect: Partial<Record<Caller, number>>;
  /** Never writes, even when it succeeds. */
  readOnly?: boolean;
}

let approvalId = '';
const A_REASON = expect.any(String);
const SOME_TABLES = expect.any(Array);

async function openAttestation(): Promise<string> {
  await call('post', '/attestations/campaigns', admin).expect(200);
  const res = await call('get', `/attestations?entityRef=${crm}`, admin);
  return res.body.items.find((a: any) => a.status === 'open').id;
}

const ROUTES: Route[] = [
  {
    route: 'POST /exceptions',
    body: crmExceptionRequest,
    expect: { owner: 201, admin: 201 },
  },
  {
    route: 'POST /exceptions/:id/decision',
    prepare: async () =>
      (await call('post', '/exceptions', PRINCIPALS.owner, crmExceptionRequest))
        .body.id,
    body: { decision: 'grant' },
    expect: { 'security reviewer': 200, admin: 200 },
  },
  {
    route: 'POST /approvals/:approval/decisions',
    // Each reviewer for their own role: tier 2 needs security, privacy and
    // platform, so the other roles are a 400.
    body: c => ({
      role: /reviewer$/.test(c) ? c.split(' ')[0] : 'security',
      decision: 'approve',
      comment: 'Fine',
    }),
    expect: {
      'security reviewer': 200,
      'privacy reviewer': 200,
      'platform reviewer': 200,
      'team-lead reviewer': 400,
      'executive reviewer': 400,
      'legal reviewer': 400,
    },
  },
  {
    route: 'POST /approvals/:approval/delegations',
    // Only a holder of the role hands it on.
    body: { role: 'security', to: 'user:default/erin' },
    expect: { 'security reviewer': 200 },
  },
  {
    route: 'POST /approvals/:approval/resubmit',
    prepare: async () => {
      await call(
        'post',
        `/approvals/${approvalId}/decisions`,
        userHeader('sam'),
        {
          role: 'security',
          decision: 'request-changes',
          comment: 'Name the retention period',
        },
      ).expect(200);
    },
    body: { comment: 'Retention set to 90 days' },
    expect: { owner: 200 },
  },
  { route: 'POST /attestations/campaigns', expect: { admin: 200 } },
  {
    route: 'POST /attestations/:id',
    prepare: openAttestation,
    body: { answers: allYesAnswers },
    expect: { owner: 200, admin: 200 },
  },
  {
    route: 'POST /apps/activity',
    body: { entityRef: crm },
    expect: { owner: 204, admin: 204, 'app CI token': 204 },
  },
  {
    route: 'POST /apps/lifecycle',
    body: { entityRef: crm, action: 'quarantine', justification: 'Leaks data' },
    expect: { admin: 200 },
  },
  {
    route: 'POST /apps/lifecycle',
    // The owner attests the app is no longer needed: retirement pending.
    prepare: async () => {
      const id = await openAttestation();
      const notes = 'Sales moved to the new CRM';
      await call('post', `/attestations/${id}`, PRINCIPALS.owner, {
        answers: { ...allYesAnswers, stillNeeded: false, notes },
      }).expect(200);
    },
    body: { entityRef: crm, action: 'keep', justification: 'Still in use' },
    expect: { owner: 200, admin: 200 },
  },
  {
    route: 'POST /apps/register',
    body: { entityRef: crm, repoUrl: 'https://git.acme.example/crm' },
    expect: {
      'app CI token': 200,
      'the scaffolder for the owner': 200,
      'the scaffolder for another user': 403,
    },
  },
  {
    // Callers as registration: the app's CI or the scaffolder for the owner.
    route: 'POST /apps/sbom',
    body: {
      entityRef: crm,
      bom: {
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        components: [
          {
            type: 'library',
            name: '@slack/web-api',
            version: '7.8.0',
            purl: 'pkg:npm/%40slack/web-api@7.8.0',
          },
        ],
      },
    },
    expect: {
      'app CI token': 200,
      'the scaffolder for the owner': 200,
      'the scaffolder for another user': 403,
    },
  },
  {
    route: 'POST /apps/facts',
    body: {
      entityRef: crm,
      costs: [{ month: '2026-11', amount: 120 }],
      incidents: [{ id: 'INC-1', openedAt: '2026-11-03T10:00:00Z' }],
    },
    expect: { admin: 200, 'app CI token': 200 },
  },
  {
    // Only the scaffolder, on behalf of the user running the template.
    route: 'POST /checks/outcomes',
    // The scaffolder's own credentials name the user.
    body: c => ({
      check: 'secret-scan',
      outcome: 'blocked',
      templateRef: 'template:default/dashboard',
      findings: 1,
      ...(c === 'the scaffolder itself' && { user: 'user:default/ada' }),
    }),
    expect: {
      'the scaffolder for the owner': 200,
      'the scaffolder for another user': 200,
      'the scaffolder itself': 200,
    },
  },
  // Sealing the log's tip changes no decision: auditors may too.
  {
    route: 'POST /audit/checkpoints',
    expect: { admin: 200, auditor: 200 },
  },
  // Organisation-wide figures: admins and auditors, nobody else.
  { route: 'GET /kpis', expect: { admin: 200, auditor: 200 }, readOnly: true },
  {
    route: 'GET /kpis/export',
    expect: { admin: 200, auditor: 200 },
    readOnly: true,
  },
  {
    route: 'POST /policies/dry-run',
    body: {
      stageOverrides: [
        {
          packId: 'guardrails-default',
          ruleId: 'sensitive-no-admin-iam',
          stage: 'deny',
        },
      ],
    },
    expect: { admin: 200 },
    readOnly: true,
  },
];

const ROWS = ROUTES.flatMap(r =>
  [
    ...Object.keys(PRINCIPALS),
    ...Object.keys(r.expect).filter(c => c in SCAFFOLDER),
  ].map(c => {
    const caller = c as Caller;
    // A plugin forwarding the owner's token is the owner, unless the route
    // says otherwise (the scaffolder-only routes).
    const forwarded =
      caller === 'another plugin for the owner' ? r.expect.owner : undefined;
    const status =
      r.expect[caller] ?? forwarded ?? (caller === 'no token' ? 401 : 403);
    const action = (r.body as { action?: string })?.action;
    const name = action ? `${r.route} (${action})` : r.route;
    return [name, caller, status, r] as const;
  }),
);

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('every mutating route x every caller, on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let knex: Knex;
  let base: GovernanceRows;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    const { server } = await startGovernanceTestBackend({
      knex,
      guardrailsPermissions: {
        governance: {
          roles,
          ciTokens: [
            { subject: 'crm-ci', entityRefs: [crm] },
            { subject: 'hr-ci', entityRefs: [hr] },
          ],
        },
      },
    });
    call = (method, route, authorization, body) => {
      const req = request(server)[method](`/api/governance${route}`);
      if (authorization) req.set('Authorization', authorization);
      return method === 'post' ? req.send(body ?? {}) : req;
    };
    const { body } = await call('get', `/posture?entityRef=${crm}`, admin);
    approvalId = body.approval.id;
    base = await governanceRows(knex);
  });

  it.each(ROWS)('%s as %s: %i', async (_name, caller, status, r) => {
    await restoreGovernanceRows(knex, base);
    const id = (await r.prepare?.()) ?? '';
    const before = await governanceRows(knex);
    const [method, path] = r.route.split(' ');
    const res = await call(
      method.toLowerCase() as 'get' | 'post',
      path.replace(':approval', approvalId).replace(':id', id),
      headerOf(caller),
      typeof r.body === 'function' ? r.body(caller) : r.body,
    );
    // A refusal says why and writes nothing; a success is recorded.
    const changed = changedTables(before, await governanceRows(knex));
    expect({
      status: res.status,
      error: res.body?.error?.message,
      wrote: changed.length > 0 ? changed : 'nothing',
    }).toEqual({
      status,
      error: status >= 400 ? A_REASON : undefined,
      wrote: status >= 400 || r.readOnly ? 'nothing' : SOME_TABLES,
    });
  });
});
