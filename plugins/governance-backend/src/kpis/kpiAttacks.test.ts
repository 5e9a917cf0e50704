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
import { governanceRows } from '../__testUtils__/governanceTables';
import { crm, hr } from '../__testUtils__/governanceFixtures';
import {
  ciTokenHeader,
  forwardedBy,
  pluginHeader,
  scaffolderHeader,
  userHeader,
} from '../__testUtils__/guardrailsPermissions';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(180_000);

// The KPI routes as an attacker meets them: real permission backend with
// the Guardrails policy, real tokens of every kind of caller, and lies in
// the bodies. A refusal is a 4xx naming the field and writes nothing.

const frank = userHeader('frank'); // admin
const erin = userHeader('erin'); // auditor
const ada = userHeader('ada'); // owns crm
const crmCi = ciTokenHeader('crm-ci');
const hrCi = ciTokenHeader('hr-ci');

// What a secret scanner finds, smuggled into the fields of an outcome.
const AWS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const GITHUB_TOKEN = 'ghp_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f';
const HEX_TOKEN = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3';
const TASK_ID = '5b8e6f2a-3c1d-4e7f-9a0b-1c2d3e4f5a6b';

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('attacks on the KPI routes, on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let knex: Knex;
  let server: any;
  const call = (
    method: 'get' | 'post',
    route: string,
    authorization?: string,
    body?: object | string,
  ) => {
    const req = request(server)[method](`/api/governance${route}`);
    if (authorization) req.set('Authorization', authorization);
    if (method === 'get') return req;
    return typeof body === 'string'
      ? req.set('Content-Type', 'application/json').send(body)
      : req.send(body ?? {});
  };
  /** Refused with `status`, naming `text`, and nothing written. */
  const refused = async (
    method: 'get' | 'post',
    route: string,
    authorization: string | undefined,
    body: object | string | undefined,
    status: number,
    text?: string,
  ) => {
    await expectUnchanged(knex, async () => {
      const res = await call(method, route, authorization, body);
      const message: string = res.body?.error?.message ?? '';
      expect({
        route,
        status: res.status,
        named: text && message.includes(text) ? text : message,
      }).toEqual({
        route,
        status,
        named: text ?? message,
      });
    });
  };

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    ({ server } = await startGovernanceTestBackend({
      knex,
      guardrailsPermissions: {
        governance: {
          roles: {
            admins: ['user:default/frank'],
            auditors: ['user:default/erin'],
          },
          ciTokens: [
            { subject: 'crm-ci', entityRefs: [crm] },
            { subject: 'hr-ci', entityRefs: [hr] },
          ],
        },
      },
    }));
  });

  describe('POST /apps/facts', () => {
    const cost = { month: '2026-01', amount: 10 };

    it("binds a CI token to its own app however the body spells another's", async () => {
      expect.hasAssertions();
      // Case and spacing do not make crm's ref another app's.
      for (const [entityRef, status] of [
        ['component:default/CRM-Record-Updater', 403],
        ['COMPONENT:default/crm-record-updater', 403],
        ['component:default/crm-record-updater ', 400],
      ] as const) {
        await refused(
          'post',
          '/apps/facts',
          hrCi,
          { entityRef, costs: [cost] },
          status,
        );
      }
      await refused(
        'post',
        '/apps/facts',
        hrCi,
        { entityRef: crm, costs: [cost] },
        403,
        `not bound to ${crm}`,
      );
    });

    it('refuses other plugins, forwarded non-admin users and no token', async () => {
      expect.hasAssertions();
      const body = { entityRef: crm, costs: [cost] };
      for (const caller of [
        pluginHeader('plugin:catalog'),
        pluginHeader('plugin:scaffolder'),
        forwardedBy('plugin:catalog', 'user:default/ada'),
        scaffolderHeader('user:default/ada'),
        ada,
        erin,
      ]) {
        await refused('post', '/apps/facts', caller, body, 403);
      }
      await refused('post', '/apps/facts', undefined, body, 401);
    });

    it('refuses lies about time, repeats, odd numbers and free text, naming the field', async () => {
      expect.hasAssertions();
      const incident = { id: 'INC-1', openedAt: '2026-01-03T10:00:00Z' };
      const costsOf = (...costs: object[]) => ({ entityRef: crm, costs });
      const incidentWith = (lie: object) => ({
        entityRef: crm,
        incidents: [{ ...incident, ...lie }],
      });
      const cases: Array<[object | string, string]> = [
        [costsOf({ month: '2999-01', amount: 1 }), 'costs.0.month'],
        [costsOf({ month: '2026-13', amount: 1 }), 'costs.0.month'],
        [costsOf({ month: '2026-00', amount: 1 }), 'costs.0.month'],
        [costsOf({ month: '2026-01', amount: -0.01 }), 'costs.0.amount'],
        [costsOf({ month: '2026-01', amount: 'NaN' }), 'costs.0.amount'],
        [costsOf({ month: '2026-01', amount: null }), 'costs.0.amount'],
        // JSON has no Infinity, but 1e400 parses to it.
        [
          `{"entityRef":"${crm}","costs":[{"month":"2026-01","amount":1e400}]}`,
          'costs.0.amount',
        ],
        [costsOf(cost, { ...cost, amount: 20 }), 'costs.1.month'],
        [
          incidentWith({ openedAt: '2999-01-01T00:00:00Z' }),
          'incidents.0.openedAt',
        ],
        [
          incidentWith({ restoredAt: '2999-01-01T00:00:00Z' }),
          'incidents.0.restoredAt',
        ],
        [
          incidentWith({ restoredAt: '2026-01-03T09:59:59Z' }),
          'incidents.0.restoredAt',
        ],
        [incidentWith({ openedAt: 'yesterday' }), 'incidents.0.openedAt'],
        [
          {
            entityRef: crm,
            incidents: [
              incident,
              { ...incident, restoredAt: '2026-01-04T00:00:00Z' },
            ],
          },
          'incidents.1.id',
        ],
        [incidentWith({ id: 'INC 1\nDROP TABLE' }), 'incidents.0.id'],
        [incidentWith({ severity: '<script>' }), 'incidents.0.severity'],
        [
          { entityRef: crm, deploys: [{ at: '2999-01-01T00:00:00Z' }] },
          'deploys.0.at',
        ],
        [
          {
            entityRef: crm,
            deploys: [
              { at: '2026-01-01T10:00:00Z' },
              { at: '2026-01-01T11:00:00+01:00' },
            ],
          },
          'deploys.1.at',
        ],
        [
          {
            entityRef: crm,
            deploys: [
              { at: '2026-01-01T10:00:00Z', version: 'v1 password=hunter2' },
            ],
          },
          'deploys.0.version',
        ],
        [
          {
            entityRef: crm,
            deploys: Array.from({ length: 501 }, (_, i) => ({
              at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
            })),
          },
          'deploys',
        ],
        [
          {
            entityRef: crm,
            costs: Array.from({ length: 300 }, (_, i) => ({
              month: `${2000 + Math.floor(i / 12)}-${String(
                (i % 12) + 1,
              ).padStart(2, '0')}`,
              amount: 1,
            })),
            deploys: Array.from({ length: 300 }, (_, i) => ({
              at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
            })),
          },
          'at most 500',
        ],
      ];
      for (const [body, field] of cases) {
        await refused('post', '/apps/facts', crmCi, body, 400, field);
      }
    });

    it("refuses to move an incident's opening after its stored restoration", async () => {
      const restored = await call('post', '/apps/facts', crmCi, {
        entityRef: crm,
        incidents: [
          {
            id: 'INC-9',
            openedAt: '2026-02-01T10:00:00Z',
            restoredAt: '2026-02-01T12:00:00Z',
          },
        ],
      });
      expect(restored.status).toBe(200);
      await refused(
        'post',
        '/apps/facts',
        crmCi,
        {
          entityRef: crm,
          incidents: [{ id: 'INC-9', openedAt: '2026-02-02T10:00:00Z' }],
        },
        400,
        'incidents.0.openedAt',
      );
      // Reported again as it was, it is accepted (and recorded once more).
      const again = await call('post', '/apps/facts', crmCi, {
        entityRef: crm,
        incidents: [{ id: 'INC-9', openedAt: '2026-02-01T09:00:00Z' }],
      });
      expect(again.status).toBe(200);
      const row = await knex('governance_app_incidents')
        .where({ entity_ref: crm, incident_id: 'INC-9' })
        .first();
      expect(new Date(row.restored_at).toISOString()).toBe(
        '2026-02-01T12:00:00.000Z',
      );
    });

    it('lets an admin report through a plugin on their behalf, with exactly one audit event', async () => {
      const count = async () =>
        (
          await knex('governance_audit_events').where({
            action: 'app.facts-reported',
          })
        ).length;
      const before = await count();
      const res = await call(
        'post',
        '/apps/facts',
        forwardedBy('plugin:catalog', 'user:default/frank'),
        {
          entityRef: crm,
          costs: [{ month: '2026-03', amount: 42 }],
        },
      );
      expect(res.status).toBe(200);
      expect(await count()).toBe(before + 1);
      // An unknown app: 404, nothing written.
      await refused(
        'post',
        '/apps/facts',
        frank,
        { entityRef: 'component:default/nope', costs: [cost] },
        404,
      );
    });
  });

  describe('POST /checks/outcomes', () => {
    const outcome = {
      check: 'secret-scan',
      outcome: 'blocked',
      templateRef: 'template:default/dashboard',
      taskId: TASK_ID,
      findings: 1,
      rules: ['@secretlint/secretlint-rule-aws'],
    };
    const scaffolder = pluginHeader('plugin:scaffolder');
    /** Each body refused with 400 naming its field, from a template run. */
    const refusedOutcomes = async (cases: Array<[object, string]>) => {
      for (const [body, field] of cases) {
        await refused(
          'post',
          '/checks/outcomes',
          scaffolderHeader('user:default/ada'),
          body,
          400,
          field,
        );
      }
    };

    it('never stores a secret smuggled into an id, a name or a rule', async () => {
      const cases: Array<[object, string]> = [
        [{ ...outcome, rules: [AWS_KEY] }, 'rules.0'],
        [
          {
            ...outcome,
            rules: ['@secretlint/secretlint-rule-aws', GITHUB_TOKEN],
          },
          'rules.1',
        ],
        [{ ...outcome, rules: [HEX_TOKEN] }, 'rules.0'],
        [{ ...outcome, rules: [`aws > ${AWS_KEY}`] }, 'rules.0'],
        [{ ...outcome, rules: ['aws secret=abc'] }, 'rules.0'],
        [{ ...outcome, taskId: AWS_KEY }, 'taskId'],
        [{ ...outcome, taskId: 'task-42' }, 'taskId'],
        [
          { ...outcome, templateRef: `template:default/${HEX_TOKEN}` },
          'templateRef',
        ],
        [
          {
            ...outcome,
            templateRef: `template:default/${AWS_KEY.toLowerCase()}`,
          },
          'templateRef',
        ],
        // Not a field: the scaffolder never names an app, and a template
        // runner must not hang a security event on an app not theirs.
        [{ ...outcome, entityRef: 'component:default/payroll' }, 'entityRef'],
      ];
      await refusedOutcomes(cases);
      await refused(
        'post',
        '/checks/outcomes',
        scaffolder,
        { ...outcome, user: `user:default/${AWS_KEY}` },
        400,
        'user',
      );
      const dump = JSON.stringify(await governanceRows(knex));
      for (const secret of [AWS_KEY, GITHUB_TOKEN, HEX_TOKEN]) {
        expect(dump.toLowerCase()).not.toContain(secret.toLowerCase());
      }
    });

    it('refuses a fake template, another kind of user, odd counts and huge arrays', async () => {
      expect.hasAssertions();
      const cases: Array<[object, string]> = [
        [
          { ...outcome, templateRef: 'component:default/dashboard' },
          'templateRef',
        ],
        [{ ...outcome, templateRef: 'a:b/c/d' }, 'templateRef'],
        [{ ...outcome, findings: -1 }, 'findings'],
        [{ ...outcome, findings: 1.5 }, 'findings'],
        [{ ...outcome, findings: 100_001 }, 'findings'],
        [
          {
            ...outcome,
            rules: Array.from({ length: 101 }, (_, i) => `rule-${i}`),
          },
          'rules',
        ],
        [{ ...outcome, check: 'anything' }, 'check'],
        [{ ...outcome, outcome: 'skipped' }, 'outcome'],
      ];
      await refusedOutcomes(cases);
      await refused(
        'post',
        '/checks/outcomes',
        scaffolder,
        { ...outcome, user: 'group:default/sales-ops' },
        400,
        'user',
      );
    });

    it('records the user of the token, whatever user the body names', async () => {
      const res = await call(
        'post',
        '/checks/outcomes',
        scaffolderHeader('user:default/ada'),
        {
          ...outcome,
          user: 'user:default/frank',
        },
      );
      expect(res.status).toBe(200);
      const row = await knex('governance_check_outcomes')
        .where({ id: res.body.id })
        .first();
      expect(row.user_ref).toBe('user:default/ada');
      const events = await knex('governance_audit_events').where({
        action: 'security.secret-scan-blocked',
      });
      const mine = events.filter(
        e => JSON.parse(e.payload).outcomeId === res.body.id,
      );
      expect(mine).toEqual([
        expect.objectContaining({ actor: 'user:default/ada' }),
      ]);
      expect(JSON.parse(mine[0].payload).user).toBe('user:default/ada');
    });

    it('refuses every caller but the scaffolder', async () => {
      expect.hasAssertions();
      for (const caller of [
        ada,
        frank,
        erin,
        crmCi,
        pluginHeader('plugin:catalog'),
        forwardedBy('plugin:catalog', 'user:default/ada'),
        forwardedBy('plugin:mcp-actions', 'user:default/frank'),
      ]) {
        await refused(
          'post',
          '/checks/outcomes',
          caller,
          { ...outcome, user: 'user:default/ada' },
          403,
        );
      }
      await refused('post', '/checks/outcomes', undefined, outcome, 401);
    });
  });

  describe('the reads', () => {
    it('answer 400 naming the parameter to bad export queries', async () => {
      expect.hasAssertions();
      for (const [query, name] of [
        ['format=xml', 'format'],
        ['months=0', 'months'],
        ['months=abc', 'months'],
        ['months=-1', 'months'],
        ['months=1.5', 'months'],
        ['months=14', 'months'],
        ['months=Infinity', 'months'],
      ]) {
        await refused(
          'get',
          `/kpis/export?${query}`,
          frank,
          undefined,
          400,
          name,
        );
      }
    });

    it('write nothing, even when they answer', async () => {
      await expectUnchanged(knex, async () => {
        for (const [route, caller] of [
          ['/kpis', frank],
          ['/kpis', erin],
          ['/kpis/export?format=csv', erin],
          ['/kpis/export?months=1', frank],
          [`/apps/value?entityRef=${crm}`, ada],
          [`/apps/value?entityRef=${crm}`, crmCi],
          [`/apps/value?entityRef=${crm}`, pluginHeader('plugin:catalog')],
          [
            `/apps/value?entityRef=${crm}`,
            forwardedBy('plugin:catalog', 'user:default/ben'),
          ],
        ] as const) {
          const res = await call('get', route, caller);
          expect({ route, status: res.status }).toEqual({ route, status: 200 });
        }
      });
    });

    it('keep organisation-wide figures from everyone but admins and auditors, and an app from other CI tokens', async () => {
      expect.hasAssertions();
      for (const caller of [
        ada,
        crmCi,
        pluginHeader('plugin:catalog'),
        pluginHeader('plugin:scaffolder'),
        scaffolderHeader('user:default/ada'),
      ]) {
        await refused('get', '/kpis', caller, undefined, 403);
        await refused('get', '/kpis/export', caller, undefined, 403);
      }
      await refused('get', '/kpis', undefined, undefined, 401);
      await refused(
        'get',
        `/apps/value?entityRef=${crm}`,
        hrCi,
        undefined,
        403,
      );
      await refused(
        'get',
        `/apps/value?entityRef=${crm}`,
        ciTokenHeader('unbound'),
        undefined,
        403,
      );
      await refused(
        'get',
        `/apps/value?entityRef=${crm}`,
        undefined,
        undefined,
        401,
      );
      await refused(
        'get',
        '/apps/value?entityRef=a:b/c/d',
        ada,
        undefined,
        400,
        'entityRef',
      );
      await refused(
        'get',
        '/apps/value?entityRef=component:default/nope',
        frank,
        undefined,
        404,
      );
    });
  });
});
