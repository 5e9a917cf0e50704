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
import { callersRefusedRegistration } from '../__testUtils__/governanceFixtures';
import {
  ciTokenHeader,
  scaffolderHeader,
} from '../__testUtils__/guardrailsPermissions';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';
import { expectUnchanged } from '../__testUtils__/expectUnchanged';

jest.setTimeout(120_000);

const sbom = {
  format: 'CycloneDX',
  specVersion: '1.6',
  componentCount: 3,
  sha256: 'a'.repeat(64),
  path: 'sbom.cdx.json',
};
const secretScan = { tool: 'secretlint', filesScanned: 7, findings: 0 };

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('registration of template-created apps on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  const backend = {} as { server: any; knex: Knex };
  beforeAll(async () => {
    backend.knex = await databases.init(databaseId);
    backend.server = (
      await startGovernanceTestBackend({
        knex: backend.knex,
        // Registration evaluates the apps, before any sync.
        sync: false,
        guardrailsPermissions: { governance: {} },
      })
    ).server;
  });

  const registerAs = (authorization: string, body: object) =>
    request(backend.server)
      .post('/api/governance/apps/register')
      .set('Authorization', authorization)
      .send(body);
  // The scaffolder, for a user who may own every app registered below.
  const owners: Record<string, string> = {
    'component:default/standup-notes-bot': 'user:default/guest',
    'component:default/where2eat': 'user:default/guest',
    'component:default/finance-expense-app': 'user:default/carla',
    'component:default/shadow-pricing-sheet': 'user:default/ada',
  };
  const register = (body: { entityRef: string; [key: string]: unknown }) =>
    registerAs(
      scaffolderHeader(owners[body.entityRef] ?? 'user:default/guest'),
      body,
    );

  it('returns tier and approval state and signs SBOM and scan into the evidence', async () => {
    const res = await register({
      entityRef: 'component:default/standup-notes-bot',
      templateRef: 'template:default/notification-bot',
      taskId: 'task-1',
      repoUrl: 'http://localhost:7009/apps/standup-notes-bot.git',
      sbom,
      secretScan,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      entityRef: 'component:default/standup-notes-bot',
      tier: 0,
      riskLevel: 'low',
      score: expect.any(Number),
      approvalId: expect.any(String),
      approvalStatus: 'auto-approved',
    });

    const posture = (
      await request(backend.server)
        .get('/api/governance/posture')
        .query({ entityRef: 'component:default/standup-notes-bot' })
        .set('Authorization', mockCredentials.user.header('user:default/guest'))
    ).body;
    const bundle = (
      await request(backend.server)
        .get(`/api/governance/evidence/${posture.evidence[0].id}`)
        .set('Authorization', mockCredentials.user.header('user:default/guest'))
    ).body;
    const statement = JSON.parse(
      Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString(),
    );
    expect(statement.predicate.provenance).toEqual({
      templateRef: 'template:default/notification-bot',
      repoUrl: 'http://localhost:7009/apps/standup-notes-bot.git',
      sbom,
      secretScan,
    });

    const audit = await request(backend.server)
      .get('/api/governance/audit/events')
      .query({
        entityRef: 'component:default/standup-notes-bot',
        format: 'json',
      })
      .set('Authorization', mockCredentials.user.header('user:default/frank'));
    expect(audit.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'app.registered',
          actor: 'user:default/guest',
          payload: expect.objectContaining({
            actingService: 'plugin:scaffolder',
          }),
        }),
      ]),
    );
  });

  it('reports a pending approval for a tier 2 app', async () => {
    const res = await register({
      entityRef: 'component:default/finance-expense-app',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tier: 2, approvalStatus: 'pending' });
  });

  it('answers 404 until the catalog has the app', async () => {
    const res = await register({ entityRef: 'component:default/not-yet' });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/not in the catalog yet/);
  });

  it('refuses an app whose secret scan found secrets, naming the field, and records nothing', async () => {
    const res = await register({
      entityRef: 'component:default/where2eat',
      secretScan: { ...secretScan, findings: 2 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/"secretScan.findings"/);
    expect(
      await backend.knex('governance_app_provenance').where({
        entity_ref: 'component:default/where2eat',
      }),
    ).toEqual([]);
  });

  it('refuses an ungoverned entity', async () => {
    const res = await register({
      entityRef: 'component:default/shadow-pricing-sheet',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/no governance profile/);
  });

  it("keeps provenance as history: the app's CI adds a fresh SBOM, the latest record counts", async () => {
    const fresh = { ...sbom, sha256: 'b'.repeat(64), componentCount: 4 };
    const res = await registerAs(ciTokenHeader('app-ci'), {
      entityRef: 'component:default/standup-notes-bot',
      sbom: fresh,
    });
    expect(res.status).toBe(200);
    const rows = await backend
      .knex('governance_app_provenance')
      .where({ entity_ref: 'component:default/standup-notes-bot' })
      .orderBy('id');
    expect(
      rows.map(r => [r.registered_by, r.acting_service, JSON.parse(r.sbom)]),
    ).toEqual([
      ['user:default/guest', 'plugin:scaffolder', sbom],
      ['service:app-ci', 'app-ci', fresh],
    ]);
  });

  it("records provenance under the app's own ref however the scaffolder spells it", async () => {
    const res = await registerAs(scaffolderHeader('user:default/guest'), {
      entityRef: 'component:default/Where2Eat',
    });
    expect(res.status).toBe(200);
    expect(res.body.entityRef).toBe('component:default/where2eat');
    const refs: string[] = await backend
      .knex('governance_app_provenance')
      .distinct()
      .pluck('entity_ref');
    expect(refs).toContain('component:default/where2eat');
    expect(refs.filter(ref => ref !== ref.toLowerCase())).toEqual([]);
  });

  it.each(callersRefusedRegistration)(
    'refuses %s with 403 and records nothing',
    async (_case, authorization) => {
      await expectUnchanged(backend.knex, async () => {
        const res = await registerAs(authorization, {
          entityRef: 'component:default/finance-expense-app',
          sbom,
          secretScan,
        });
        expect(res.status).toBe(403);
      });
    },
  );

  it.each([
    [{ secretScan: { ...secretScan, findings: -3 } }, '"secretScan.findings"'],
    // eslint-disable-next-line no-script-url
    [{ repoUrl: 'javascript:alert(1)' }, '"repoUrl"'],
    [{ repoUrl: 'ftp://example.com/x.git' }, '"repoUrl"'],
  ])('refuses %p with 400 naming the field', async (extra, field) => {
    await expectUnchanged(backend.knex, async () => {
      const res = await register({
        entityRef: 'component:default/where2eat',
        ...extra,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    });
  });

  it('refuses anonymous callers', async () => {
    const res = await request(backend.server)
      .post('/api/governance/apps/register')
      .send({ entityRef: 'component:default/where2eat' });
    expect(res.status).toBe(401);
  });
});
