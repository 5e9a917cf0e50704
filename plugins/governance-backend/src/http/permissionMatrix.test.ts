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
import { expectUnchanged } from '../__testUtils__/expectUnchanged';
import { ENTITY_REF_PROBLEM } from './normalizeEntityRef';
import {
  crm,
  crmExceptionRequest,
  hr,
} from '../__testUtils__/governanceFixtures';
import { ciTokenHeader } from '../__testUtils__/guardrailsPermissions';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(180_000);

const finance = 'component:default/finance-expense-app';
const patient = 'component:default/patient-intake-assistant';

const ada = 'user:default/ada'; // sales-ops: owns crm; also a security reviewer here
const ben = 'user:default/ben'; // people-analytics: owns hr
const carla = 'user:default/carla'; // finance-ops: owns finance
const erin = 'user:default/erin'; // security-team
const sam = 'user:default/sam'; // security-team
const pia = 'user:default/pia'; // privacy-team
const frank = 'user:default/frank'; // platform-team: admin, team lead, platform
const leo = 'user:default/leo'; // legal-team: auditor, executive and legal

/*
 * The controls as an attacker meets them: the real permission backend with
 * the Guardrails policy and the shipped roles (groups from examples/org.yaml),
 * real user tokens, and the CI token of the CRM app. Every refused call is
 * checked to have changed no row, audit events included.
 */
describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('controls that cannot be bypassed, on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let server: any;
  let knex: Knex;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    server = (
      await startGovernanceTestBackend({
        knex,
        guardrailsPermissions: {
          governance: {
            roles: {
              admins: ['group:default/platform-team'],
              auditors: ['group:default/legal-team'],
              teamLeads: ['group:default/platform-team'],
              // ada reviews security and owns the CRM app (through sales-ops).
              security: ['group:default/security-team', ada],
              privacy: ['group:default/privacy-team'],
              platform: ['group:default/platform-team'],
              executive: ['group:default/legal-team'],
              legal: ['group:default/legal-team'],
            },
            ciTokens: [{ subject: 'crm-ci', entityRefs: [crm] }],
          },
        },
      })
    ).server;
  });

  const call = (
    method: 'get' | 'post',
    route: string,
    authorization: string | undefined,
    body?: object,
  ) => {
    const req = request(server)[method](`/api/governance${route}`);
    if (authorization) req.set('Authorization', authorization);
    return method === 'post' ? req.send(body ?? {}) : req;
  };
  const user = (ref: string) => mockCredentials.user.header(ref);
  const crmCi = ciTokenHeader('crm-ci');
  const refused = async (
    method: 'get' | 'post',
    route: string,
    authorization: string | undefined,
    status: number,
    body?: object,
  ) => {
    let message = '';
    await expectUnchanged(knex, async () => {
      const res = await call(method, route, authorization, body);
      expect({ route, status: res.status }).toEqual({ route, status });
      message = res.body?.error?.message ?? '';
    });
    return message;
  };
  const latestRequest = async (entityRef: string) =>
    (await call('get', `/posture?entityRef=${entityRef}`, user(frank))).body
      .approval;

  it("refuses the app's CI token every human decision and organisation-wide read", async () => {
    await refused('post', '/exceptions', crmCi, 403, crmExceptionRequest);
    const created = await call(
      'post',
      '/exceptions',
      user(ada),
      crmExceptionRequest,
    );
    expect(created.status).toBe(201);
    await refused(
      'post',
      `/exceptions/${created.body.id}/decision`,
      crmCi,
      403,
      { decision: 'grant' },
    );
    const { id } = await latestRequest(crm);
    await refused('post', `/approvals/${id}/decisions`, crmCi, 403, {
      role: 'security',
      decision: 'approve',
      comment: 'self-approval',
    });
    await refused('post', `/approvals/${id}/delegations`, crmCi, 403, {
      role: 'security',
      to: sam,
    });
    await refused('post', `/approvals/${id}/resubmit`, crmCi, 403, {
      comment: 'x',
    });
    await refused('post', '/apps/lifecycle', crmCi, 403, {
      entityRef: crm,
      action: 'keep',
      justification: 'Still in use by sales',
    });
    await refused('post', '/policies/dry-run', crmCi, 403, {
      stageOverrides: [
        { packId: 'guardrails-default', ruleId: 'x', stage: 'deny' },
      ],
    });
    await refused('post', '/attestations/campaigns', crmCi, 403);
    await refused('post', '/audit/checkpoints', crmCi, 403);
    for (const route of [
      '/audit/events',
      '/audit/export',
      '/audit/verify',
      '/dashboard',
      '/apps/registry',
      '/kpis',
      '/kpis/export',
    ]) {
      await refused('get', route, crmCi, 403);
      await refused('get', route, undefined, 401);
    }
  });

  it('gives the audit export to auditors and admins only; a refusal writes nothing', async () => {
    for (const reader of [leo, frank]) {
      const res = await call('get', '/audit/export', user(reader));
      expect({ reader, status: res.status }).toEqual({ reader, status: 200 });
      expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    }
    for (const other of [ben, ada, erin]) {
      expect(await refused('get', '/audit/export', user(other), 403)).toMatch(
        /Only governance admins and auditors/,
      );
    }
    await refused('get', '/audit/export', crmCi, 403);
    await refused('get', '/audit/export', undefined, 401);
  });

  it('binds a CI token to its own app: activity and the promotion gate', async () => {
    const before = await knex('governance_audit_events').count({ n: '*' });
    const own = await call('post', '/apps/activity', crmCi, { entityRef: crm });
    expect(own.status).toBe(204);
    const events = await knex('governance_audit_events')
      .where({ entity_ref: crm, action: 'app.activity-reported' })
      .select('actor');
    expect(events).toEqual([{ actor: 'service:crm-ci' }]);
    expect(await knex('governance_audit_events').count({ n: '*' })).not.toEqual(
      before,
    );

    await refused('post', '/apps/activity', crmCi, 403, { entityRef: hr });
    await refused('post', '/apps/activity', user(ada), 403, { entityRef: hr });
    await refused('post', '/apps/activity', undefined, 401, { entityRef: hr });
    expect(
      (await call('get', `/promotion-gate?entityRef=${crm}`, crmCi)).status,
    ).toBe(200);
    await refused('get', `/promotion-gate?entityRef=${hr}`, crmCi, 403);
  });

  it('never lets the requester grant their own exception, nor an owner', async () => {
    const created = await call('post', '/exceptions', user(ada), {
      ...crmExceptionRequest,
      ruleId: 'sensitive-no-admin-iam',
      requestedDays: 3,
    });
    expect(created.status).toBe(201);
    const route = `/exceptions/${created.body.id}/decision`;
    // ada is a security reviewer, the requester and an owner.
    expect(
      await refused('post', route, user(ada), 403, { decision: 'grant' }),
    ).toMatch(/requester does not decide it/);
    // Not a reviewer at all.
    await refused('post', route, user(ben), 403, { decision: 'grant' });
    const granted = await call('post', route, user(erin), {
      decision: 'grant',
    });
    expect(granted.body).toMatchObject({
      status: 'granted',
      requestedBy: ada,
      decidedBy: erin,
    });
  });

  it("never lets an owner decide their own app's approval, and says so on the queue", async () => {
    const crmRequest = await latestRequest(crm);
    expect(crmRequest.requiredRoles).toContain('security');
    const queued = (
      await call('get', '/approvals/queue', user(ada))
    ).body.items.filter((r: any) => r.id === crmRequest.id);
    expect(queued).toEqual([
      expect.objectContaining({
        decidableByCaller: false,
        notDecidableReason: expect.stringContaining(
          'owned by group:default/sales-ops, which user:default/ada belongs to',
        ),
      }),
    ]);
    expect(
      await refused(
        'post',
        `/approvals/${crmRequest.id}/decisions`,
        user(ada),
        403,
        {
          role: 'security',
          decision: 'approve',
          comment: 'Looks fine to me',
        },
      ),
    ).toMatch(/owners do not decide on their own app/);
    const others = (await call('get', '/approvals/queue', user(erin))).body
      .items;
    expect(others.find((r: any) => r.id === crmRequest.id)).toMatchObject({
      decidableByCaller: true,
    });
  });

  it('lets one person fill one role only on a request', async () => {
    const patientRequest = await latestRequest(patient);
    expect(patientRequest.requiredRoles).toEqual(
      expect.arrayContaining(['executive', 'legal']),
    );
    const decide = (role: string) =>
      call('post', `/approvals/${patientRequest.id}/decisions`, user(leo), {
        role,
        decision: 'approve',
        comment: 'Regulated data handled as agreed',
      });
    expect((await decide('executive')).status).toBe(200);
    let message = '';
    await expectUnchanged(knex, async () => {
      const second = await decide('legal');
      expect(second.status).toBe(403);
      message = second.body.error.message;
    });
    expect(message).toContain(
      'already decided on this request as executive; one person fills at most one role',
    );
    const queued = (
      await call('get', '/approvals/queue', user(leo))
    ).body.items.find((r: any) => r.id === patientRequest.id);
    expect(queued).toMatchObject({ decidableByCaller: false });
  });

  it('delegates only to a user who holds the role and may decide', async () => {
    const { id } = await latestRequest(crm);
    const route = `/approvals/${id}/delegations`;
    for (const [to, text] of [
      ['group:default/security-team', 'to: reviews are delegated to a user'],
      [':', `Request body field "to": ${ENTITY_REF_PROBLEM}`],
      [ada, 'owners do not decide on their own app'],
      [pia, 'is not a member of the security role'],
    ]) {
      const message = await refused('post', route, user(erin), 400, {
        role: 'security',
        to,
      });
      expect(message).toContain(text);
    }
    const delegated = await call('post', route, user(erin), {
      role: 'security',
      to: sam,
    });
    expect(delegated.status).toBe(200);
    expect(delegated.body.delegates).toEqual({ security: sam });
  });

  it('sends a changes-requested request back to the reviewers, owners only', async () => {
    const old = await latestRequest(finance);
    const asked = await call(
      'post',
      `/approvals/${old.id}/decisions`,
      user(erin),
      {
        role: 'security',
        decision: 'request-changes',
        comment: 'Name the data retention period',
      },
    );
    expect(asked.body.status).toBe('changes-requested');
    const route = `/approvals/${old.id}/resubmit`;
    const body = { comment: 'Retention set to 90 days' };
    await refused('post', route, user(ben), 403, body);
    await refused('post', route, user(erin), 403, body);
    const resubmitted = await call('post', route, user(carla), body);
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body).toMatchObject({
      status: 'pending',
      decisions: [],
      awaitingRoles: old.requiredRoles,
    });
    expect(Date.parse(resubmitted.body.dueAt)).toBeGreaterThan(
      Date.parse(old.dueAt),
    );
    expect((await latestRequest(finance)).id).toBe(resubmitted.body.id);
    await refused('post', route, user(carla), 409, body);
    await refused('post', `/approvals/${old.id}/decisions`, user(pia), 409, {
      role: 'privacy',
      decision: 'approve',
      comment: 'Too late: superseded',
    });
    const actions = (
      await knex('governance_audit_events')
        .where({ entity_ref: finance })
        .orderBy('seq')
    ).map(e => [e.action, e.actor]);
    expect(actions).toContainEqual(['approval.resubmitted', carla]);
  });
});
