import path from 'node:path';
import {
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleGovernance from '@guardrails/plugin-catalog-backend-module-governance';
import request from 'supertest';
import { governancePlugin } from './plugin';

jest.setTimeout(120_000);

const examplesDir = path.resolve(__dirname, '../../../examples');

/** Polls the catalog until it has ingested the given entity. */
async function waitForEntity(server: any, kind: string, name: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const res = await request(server)
      .get(`/api/catalog/entities/by-name/${kind}/default/${name}`)
      .set('Authorization', mockCredentials.user.header());
    if (res.status === 200) return;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  throw new Error(`catalog never ingested ${kind}:default/${name}`);
}

// A real catalog reads the shipped examples through the real governance
// processor; the governance plugin computes postures from it.
describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('governance plugin with the real catalog on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let server: any;

  beforeAll(async () => {
    const knex = await databases.init(databaseId);
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleGovernance,
        governancePlugin,
        mockServices.database.factory({ knex }),
        // Requests without a token stay unauthenticated, as in production.
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['Component', 'Group', 'User', 'Location'] }],
              locations: [
                { type: 'file', target: path.join(examplesDir, 'apps.yaml') },
                { type: 'file', target: path.join(examplesDir, 'org.yaml') },
              ],
            },
          },
        }),
      ],
    });
    server = backend.server;
    await waitForEntity(server, 'component', 'patient-intake-assistant');
  });

  const posture = (entityRef: string) =>
    request(server)
      .get('/api/governance/posture')
      .query({ entityRef })
      .set('Authorization', mockCredentials.user.header());

  it.each([
    ['standup-notes-bot', 0, 'low'],
    ['where2eat', 0, 'low'],
    ['hr-candidate-tracker', 1, 'medium'],
    ['finance-expense-app', 2, 'high'],
    ['crm-record-updater', 2, 'high'],
    ['patient-intake-assistant', 3, 'high'],
  ])(
    'gives the seed example %s tier %i (%s risk)',
    async (name, tier, level) => {
      const res = await posture(`component:default/${name}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        entityRef: `component:default/${name}`,
        governed: true,
        validation: { valid: true, issues: [] },
        risk: { tier, level },
        lifecycle: { state: 'registered' },
      });
      expect(res.body.risk.dimensions).toHaveLength(5);
      expect(res.body.risk.requiredControls.length).toBeGreaterThan(3);
      expect(res.body.retirement.daysLeft).toBeGreaterThan(0);
    },
  );

  it('explains the CRM updater score field by field', async () => {
    const res = await posture('component:default/crm-record-updater');
    const integration = res.body.risk.dimensions.find(
      (d: any) => d.dimension === 'integrationType',
    );
    expect(integration.contributions[0]).toMatchObject({
      field: 'spec.governance.integrations.0.access',
      value: 'admin on salesforce',
      points: 2,
    });
    expect(res.body.risk.tierReasons).toContain(
      'restricted data requires at least tier 2 approval',
    );
  });

  it('keeps apps with an invalid profile out of the catalog', async () => {
    const res = await posture('component:default/legacy-survey-tool');
    expect(res.status).toBe(404);
  });

  it('reports an entity without a profile as not governed', async () => {
    await waitForEntity(server, 'component', 'shadow-pricing-sheet');
    const res = await posture('component:default/shadow-pricing-sheet');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ governed: false });
    expect(res.body.risk).toBeUndefined();
  });

  it('answers 404 naming an unknown entity', async () => {
    const res = await posture('component:default/no-such-app');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('component:default/no-such-app');
  });

  it.each([['component:'], ['component:default/'], ['']])(
    'answers 400 naming the entityRef parameter for %p',
    async entityRef => {
      const res = await posture(entityRef);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toContain('"entityRef"');
    },
  );

  it('refuses callers without credentials', async () => {
    const res = await request(server)
      .get('/api/governance/posture')
      .query({ entityRef: 'component:default/where2eat' });
    expect(res.status).toBe(401);
  });

  it('assesses a profile that is not in the catalog yet', async () => {
    const res = await request(server)
      .post('/api/governance/profiles/assess')
      .set('Authorization', mockCredentials.user.header())
      .send({
        profile: {
          supportContact: '#x',
          businessUnit: 'Ops',
          purpose: 'Tracks on-call swaps for the team.',
          dataClassification: 'public',
          accessScope: 'personal',
          executionEnvironment: 'client-only',
          operationalCriticality: 'toy',
          allowedRegions: ['eu-west-1'],
        },
      });
    expect(res.status).toBe(200);
    expect(res.body.risk).toMatchObject({ score: 0, tier: 0, level: 'low' });
  });

  it('answers 400 naming the bad field of a profile to assess', async () => {
    const res = await request(server)
      .post('/api/governance/profiles/assess')
      .set('Authorization', mockCredentials.user.header())
      .send({ profile: { dataClassification: 'secret' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(
      'spec.governance.dataClassification',
    );

    const missing = await request(server)
      .post('/api/governance/profiles/assess')
      .set('Authorization', mockCredentials.user.header())
      .send({});
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('"profile"');
  });
});
