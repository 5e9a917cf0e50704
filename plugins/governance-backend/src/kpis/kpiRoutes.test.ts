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
import { crm } from '../__testUtils__/governanceFixtures';
import {
  ciTokenHeader,
  pluginHeader,
  scaffolderHeader,
  userHeader,
} from '../__testUtils__/guardrailsPermissions';
import { governanceRows } from '../__testUtils__/governanceTables';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';
import { KPI_DEFINITIONS } from './kpiDefinitions';

jest.setTimeout(180_000);

const frank = userHeader('frank'); // admin
const erin = userHeader('erin'); // auditor
const ada = userHeader('ada'); // owns crm
const crmCi = ciTokenHeader('crm-ci');
const hrCi = ciTokenHeader('hr-ci');

const facts = {
  entityRef: crm,
  costs: [{ month: '2026-11', amount: 120.5, currency: 'USD' }],
  incidents: [{ id: 'INC-7', openedAt: '2026-11-03T10:00:00Z' }],
  deploys: [{ at: '2026-11-02T09:00:00Z', version: '1.4.0' }],
};

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('KPI routes on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let knex: Knex;
  let server: any;
  const call = (
    method: 'get' | 'post',
    route: string,
    authorization?: string,
    body?: object,
  ) => {
    const req = request(server)[method](`/api/governance${route}`);
    if (authorization) req.set('Authorization', authorization);
    return method === 'post' ? req.send(body ?? {}) : req;
  };
  const events = (action: string) =>
    knex('governance_audit_events').where({ action }).orderBy('seq');

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
            {
              subject: 'hr-ci',
              entityRefs: ['component:default/hr-candidate-tracker'],
            },
          ],
        },
      },
    }));
  });

  it("records the facts the app's own CI token reports, with one audit event", async () => {
    const res = await call('post', '/apps/facts', crmCi, facts);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      entityRef: crm,
      costs: 1,
      incidents: 1,
      deploys: 1,
    });
    expect(await events('app.facts-reported')).toEqual([
      expect.objectContaining({ actor: 'service:crm-ci', entity_ref: crm }),
    ]);
    // The incident is restored: the same id updates it.
    const restored = await call('post', '/apps/facts', crmCi, {
      entityRef: crm,
      incidents: [
        {
          id: 'INC-7',
          openedAt: '2026-11-03T10:00:00Z',
          restoredAt: '2026-11-03T13:00:00Z',
        },
      ],
    });
    expect(restored.body).toMatchObject({ incidents: 1, costs: 0 });
    const rows = await knex('governance_app_incidents').where({
      entity_ref: crm,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0].restored_at).toBeTruthy();
    expect(await events('app.facts-reported')).toHaveLength(2);
  });

  it("refuses another app's token, other users and bad input, writing nothing", async () => {
    const before = await governanceRows(knex);
    const other = await call('post', '/apps/facts', hrCi, facts);
    expect(other.status).toBe(403);
    expect(other.body.error.message).toContain(`not bound to ${crm}`);
    expect((await call('post', '/apps/facts', ada, facts)).status).toBe(403);
    expect((await call('post', '/apps/facts', undefined, facts)).status).toBe(
      401,
    );
    const cases: Array<[object, string]> = [
      [
        { ...facts, costs: [{ month: '2026-11', amount: -5 }] },
        'costs.0.amount',
      ],
      [{ ...facts, costs: [{ month: '2026-13', amount: 5 }] }, 'costs.0.month'],
      [
        {
          entityRef: crm,
          incidents: [
            {
              id: 'X',
              openedAt: '2026-11-03T10:00:00Z',
              restoredAt: '2026-11-02T10:00:00Z',
            },
          ],
        },
        'incidents.0.restoredAt',
      ],
      [{ entityRef: crm }, 'at least one'],
      [{ ...facts, entityRef: 'a:b/c/d' }, 'entityRef'],
    ];
    for (const [body, field] of cases) {
      const res = await call('post', '/apps/facts', crmCi, body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body.error.message).toContain(field);
    }
    expect(await governanceRows(knex)).toEqual(before);
  });

  it('lets a governance admin report facts', async () => {
    const res = await call('post', '/apps/facts', frank, {
      entityRef: crm,
      costs: [{ month: '2026-10', amount: 99 }],
    });
    expect(res.status).toBe(200);
  });

  it('records a blocked secret scan as a security event naming the template and user, and no secret', async () => {
    const res = await call(
      'post',
      '/checks/outcomes',
      scaffolderHeader('user:default/ada'),
      {
        check: 'secret-scan',
        outcome: 'blocked',
        templateRef: 'template:default/dashboard',
        taskId: '5b8e6f2a-3c1d-4e7f-9a0b-1c2d3e4f5a6b',
        findings: 1,
        rules: ['@secretlint/secretlint-rule-aws'],
      },
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: expect.any(String), securityEvent: true });
    const row = await knex('governance_check_outcomes')
      .where({ id: res.body.id })
      .first();
    expect(row).toMatchObject({
      check_name: 'secret-scan',
      outcome: 'blocked',
      template_ref: 'template:default/dashboard',
      user_ref: 'user:default/ada',
      task_id: '5b8e6f2a-3c1d-4e7f-9a0b-1c2d3e4f5a6b',
      findings: 1,
      rules: '["@secretlint/secretlint-rule-aws"]',
    });
    const [event] = await events('security.secret-scan-blocked');
    expect(event).toMatchObject({
      actor: 'user:default/ada',
      entity_ref: 'template:default/dashboard',
    });
    // Only what the scaffolder may say: ids, counts and names.
    expect(JSON.parse(event.payload)).toEqual({
      outcomeId: res.body.id,
      check: 'secret-scan',
      outcome: 'blocked',
      templateRef: 'template:default/dashboard',
      taskId: '5b8e6f2a-3c1d-4e7f-9a0b-1c2d3e4f5a6b',
      user: 'user:default/ada',
      findings: 1,
      rules: ['@secretlint/secretlint-rule-aws'],
    });
  });

  it('takes check outcomes from the scaffolder only', async () => {
    const outcome = { check: 'policy', outcome: 'passed' };
    const before = await governanceRows(knex);
    for (const authorization of [
      ada,
      frank,
      crmCi,
      pluginHeader('plugin:catalog'),
    ]) {
      const res = await call(
        'post',
        '/checks/outcomes',
        authorization,
        outcome,
      );
      expect(res.status).toBe(403);
    }
    expect(
      (await call('post', '/checks/outcomes', undefined, outcome)).status,
    ).toBe(401);
    // The scaffolder's own credentials must name the user.
    const scaffolder = pluginHeader('plugin:scaffolder');
    const unnamed = await call('post', '/checks/outcomes', scaffolder, outcome);
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.message).toContain('"user"');
    expect(await governanceRows(knex)).toEqual(before);
    const named = await call('post', '/checks/outcomes', scaffolder, {
      ...outcome,
      user: 'ben',
    });
    expect(named.status).toBe(200);
    expect(named.body.securityEvent).toBe(false);
    const row = await knex('governance_check_outcomes')
      .where({ id: named.body.id })
      .first();
    expect(row.user_ref).toBe('user:default/ben');
  });

  it('shows the KPIs and their export to admins and auditors only', async () => {
    for (const reader of [frank, erin]) {
      const res = await call('get', '/kpis', reader);
      expect(res.status).toBe(200);
      expect(res.body.kpis.map((k: any) => k.id)).toEqual(
        KPI_DEFINITIONS.map(d => d.id),
      );
      // The secret scan blocked above, this month.
      expect(
        res.body.kpis.find((k: any) => k.id === 'secrets-caught').value,
      ).toBe(1);
    }
    const before = await governanceRows(knex);
    for (const other of [ada, crmCi]) {
      expect((await call('get', '/kpis', other)).status).toBe(403);
      expect((await call('get', '/kpis/export?format=csv', other)).status).toBe(
        403,
      );
    }
    expect((await call('get', '/kpis', undefined)).status).toBe(401);
    expect(await governanceRows(knex)).toEqual(before);

    const csv = await call('get', '/kpis/export?format=csv&months=3', erin);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe(
      ['month', ...KPI_DEFINITIONS.map(d => d.id)].join(','),
    );
    expect(lines).toHaveLength(4);
    const json = await call('get', '/kpis/export?months=2', frank);
    expect(json.body.months).toHaveLength(2);
    const bad = await call('get', '/kpis/export?months=14', frank);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('months');
  });

  it("gives an app's value to whoever may read its posture", async () => {
    const res = await call('get', `/apps/value?entityRef=${crm}`, crmCi);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: crm,
      currency: 'USD',
      loadedHourlyRate: 70,
      governanceCostPerApp: 2500,
      // The latest month its CI reported.
      monthlyCost: 120.5,
      monthlyCostSource: 'reported',
      annualCost: 2500 + 12 * 120.5,
      stale: true,
      formula: expect.stringContaining('x 52'),
    });
    expect(
      (await call('get', `/apps/value?entityRef=${crm}`, ada)).status,
    ).toBe(200);
    expect(
      (await call('get', `/apps/value?entityRef=${crm}`, hrCi)).status,
    ).toBe(403);
  });
});
