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
  callersRefusedRegistration,
  crm,
  hr,
} from '../__testUtils__/governanceFixtures';
import {
  ciTokenHeader,
  scaffolderHeader,
} from '../__testUtils__/guardrailsPermissions';
import {
  changedTables,
  governanceRows,
} from '../__testUtils__/governanceTables';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

/** A CycloneDX SBOM as `governance:sbom:generate` writes it. */
const bomWith = (...packages: Array<[string, string]>) => ({
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  metadata: { component: { type: 'application', name: 'app' } },
  components: packages.map(([name, version]) => {
    const scoped = name.match(/^(@[^/]+)\/(.+)$/);
    return {
      type: 'library',
      ...(scoped ? { group: scoped[1], name: scoped[2] } : { name }),
      version,
      purl: `pkg:npm/${name.replace(/^@/, '%40')}@${version}`,
    };
  }),
});
const SLACK_AND_PG = bomWith(
  ['@slack/web-api', '7.8.0'],
  ['pg', '8.11.3'],
  ['express', '4.21.2'],
);

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('declared versus actual: SBOM submission on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  const backend = {} as {
    server: any;
    knex: Knex;
    runSync: () => Promise<void>;
  };
  beforeAll(async () => {
    backend.knex = await databases.init(databaseId);
    const started = await startGovernanceTestBackend({
      knex: backend.knex,
      guardrailsPermissions: { governance: {} },
    });
    backend.server = started.server;
    backend.runSync = started.runSync;
  });

  const submit = (authorization: string, body: unknown) =>
    request(backend.server)
      .post('/api/governance/apps/sbom')
      .set('Authorization', authorization)
      .send(body as object);
  const posture = async (entityRef: string) =>
    (
      await request(backend.server)
        .get('/api/governance/posture')
        .query({ entityRef })
        .set('Authorization', mockCredentials.user.header('user:default/guest'))
    ).body;
  const driftFindings = (p: any) =>
    p.policy.findings
      .filter((f: any) => f.ruleId.startsWith('sbom-'))
      .map((f: any) => [f.ruleId, f.stage, f.blocking]);
  const sbomEvents = async (entityRef: string) =>
    backend
      .knex('governance_audit_events')
      .where({ entity_ref: entityRef, action: 'app.sbom-submitted' });

  it("finds @slack/web-api and pg undeclared in the CRM updater's code: a warning and a blocking deny, in the stored posture and the promotion gate", async () => {
    expect(driftFindings(await posture(crm))).toEqual([]);

    const before = await governanceRows(backend.knex);
    const res = await submit(ciTokenHeader('app-ci'), {
      entityRef: crm,
      bom: SLACK_AND_PG,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: crm,
      sbomSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      componentCount: 3,
      undeclared: ['@slack/web-api', 'pg'],
      allowed: false,
    });
    expect(res.body.integrations.map((f: any) => f.target)).toEqual([
      'slack',
      'postgresql',
    ]);
    expect(
      res.body.findings.map((f: any) => [f.ruleId, f.stage, f.blocking]),
    ).toEqual([
      ['sbom-undeclared-integration', 'warn', false],
      ['sbom-undeclared-database-write-driver', 'deny', true],
    ]);
    // One SBOM record and exactly one audit event, nothing else but the
    // evaluation's own rows.
    const after = await governanceRows(backend.knex);
    expect(changedTables(before, after)).toEqual(
      expect.arrayContaining([
        'governance_app_sboms',
        'governance_audit_events',
      ]),
    );
    expect(after.governance_app_sboms).toHaveLength(1);
    const events = await sbomEvents(crm);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: 'service:app-ci' });
    expect(JSON.parse(events[0].payload)).toMatchObject({
      actingService: 'app-ci',
      sbomSha256: res.body.sbomSha256,
      integrations: ['@slack/web-api', 'pg'],
    });

    // The stored posture shows them, and the gate blocks on the deny.
    const stored = await posture(crm);
    expect(stored.sbom).toMatchObject({
      sbomSha256: res.body.sbomSha256,
      submittedBy: 'service:app-ci',
      integrations: [
        expect.objectContaining({
          package: '@slack/web-api',
          version: '7.8.0',
        }),
        expect.objectContaining({ package: 'pg', databaseWrite: true }),
      ],
    });
    expect(driftFindings(stored)).toEqual([
      ['sbom-undeclared-integration', 'warn', false],
      ['sbom-undeclared-database-write-driver', 'deny', true],
    ]);
    const gate = await request(backend.server)
      .get('/api/governance/promotion-gate')
      .query({ entityRef: crm })
      .set('Authorization', ciTokenHeader('app-ci'));
    expect(gate.body.allowed).toBe(false);
    expect(gate.body.reasons).toContain(
      'Blocking policy finding: No undeclared database write driver on confidential data (guardrails-default/sbom-undeclared-database-write-driver)',
    );

    // The sync keeps the facts: the app's inputs did not change.
    await backend.runSync();
    expect(driftFindings(await posture(crm))).toEqual([
      ['sbom-undeclared-integration', 'warn', false],
      ['sbom-undeclared-database-write-driver', 'deny', true],
    ]);
  });

  it('clears the findings when a fresh SBOM no longer has them', async () => {
    const res = await submit(ciTokenHeader('app-ci'), {
      entityRef: crm,
      bom: bomWith(['jsforce', '3.6.0'], ['express', '4.21.2']),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ undeclared: [], findings: [] });
    const stored = await posture(crm);
    expect(stored.sbom.integrations.map((f: any) => f.package)).toEqual([
      'jsforce',
    ]);
    expect(driftFindings(stored)).toEqual([]);
    expect(await sbomEvents(crm)).toHaveLength(2);
  });

  it('counts a declared database as declaring pg; an undeclared Slack client only warns on internal data', async () => {
    // The HR tracker declares greenhouse and its own app-database.
    const res = await submit(ciTokenHeader('app-ci'), {
      entityRef: hr,
      bom: SLACK_AND_PG,
    });
    expect(res.status).toBe(200);
    expect(res.body.undeclared).toEqual(['@slack/web-api']);
    expect(res.body.findings.map((f: any) => [f.ruleId, f.blocking])).toEqual([
      ['sbom-undeclared-integration', false],
    ]);
    expect(res.body.findings[0].message).toBe(
      'Found in code, not declared: @slack/web-api (slack)',
    );
  });

  it.each(callersRefusedRegistration)(
    'refuses %s with 403 and records nothing',
    async (_case, authorization) => {
      const before = await governanceRows(backend.knex);
      const res = await submit(authorization, {
        entityRef: 'component:default/finance-expense-app',
        bom: SLACK_AND_PG,
      });
      expect(res.status).toBe(403);
      expect(changedTables(before, await governanceRows(backend.knex))).toEqual(
        [],
      );
    },
  );

  const nested = (depth: number): object =>
    depth === 0
      ? { name: 'leaf' }
      : { name: `level-${depth}`, components: [nested(depth - 1)] };

  it.each([
    ['no bom', { entityRef: crm }, '"bom"'],
    [
      'an SPDX document',
      { entityRef: crm, bom: { ...SLACK_AND_PG, bomFormat: 'SPDX' } },
      'bomFormat',
    ],
    [
      'no spec version',
      { entityRef: crm, bom: { ...SLACK_AND_PG, specVersion: 'latest' } },
      'specVersion',
    ],
    [
      'a component without a name',
      { entityRef: crm, bom: { ...SLACK_AND_PG, components: [{ name: 5 }] } },
      'components',
    ],
    [
      'components nested 12 deep',
      { entityRef: crm, bom: { ...SLACK_AND_PG, components: [nested(11)] } },
      '"bom.components": nests components more than 10 deep',
    ],
    [
      'metadata nested 80 deep',
      {
        entityRef: crm,
        bom: {
          ...SLACK_AND_PG,
          metadata: JSON.parse(`${'{"a":'.repeat(80)}1${'}'.repeat(80)}`),
        },
      },
      '"bom": nested more than 64 levels deep',
    ],
    [
      'a bad entity ref',
      { entityRef: 'not a ref!', bom: SLACK_AND_PG },
      'entityRef',
    ],
  ])(
    'refuses %s with 400 naming the field and records nothing',
    async (_case, body, field) => {
      const before = await governanceRows(backend.knex);
      const res = await submit(ciTokenHeader('app-ci'), body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
      expect(changedTables(before, await governanceRows(backend.knex))).toEqual(
        [],
      );
    },
  );

  it('answers 404 for an app the catalog does not have, 401 without credentials', async () => {
    const missing = await submit(scaffolderHeader('user:default/guest'), {
      entityRef: 'component:default/not-yet',
      bom: SLACK_AND_PG,
    });
    expect(missing.status).toBe(404);
    const anonymous = await request(backend.server)
      .post('/api/governance/apps/sbom')
      .send({ entityRef: crm, bom: SLACK_AND_PG });
    expect(anonymous.status).toBe(401);
  });

  it('keeps the audit log complete: every SBOM record has its event', async () => {
    const verify = await request(backend.server)
      .get('/api/governance/audit/verify')
      .set('Authorization', mockCredentials.user.header('user:default/frank'));
    expect(verify.status).toBe(200);
    expect(verify.body.completeness.missingEvents).toBe(0);
  });
});
