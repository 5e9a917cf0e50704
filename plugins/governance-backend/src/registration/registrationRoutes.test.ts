import { TestDatabases, mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { useGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

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
  const backend = useGovernanceTestBackend(databaseId);

  const register = (body: object) =>
    request(backend.server)
      .post('/api/governance/apps/register')
      .set('Authorization', mockCredentials.user.header())
      .send(body);

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
        .set('Authorization', mockCredentials.user.header())
    ).body;
    const bundle = (
      await request(backend.server)
        .get(`/api/governance/evidence/${posture.evidence[0].id}`)
        .set('Authorization', mockCredentials.user.header())
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
      .set('Authorization', mockCredentials.user.header());
    expect(audit.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'app.registered' }),
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

  it('refuses anonymous callers', async () => {
    const res = await request(backend.server)
      .post('/api/governance/apps/register')
      .send({ entityRef: 'component:default/where2eat' });
    expect(res.status).toBe(401);
  });
});
