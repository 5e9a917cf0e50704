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
import request from 'supertest';
import { startGovernanceTestBackend } from './__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

// A real catalog reads the shipped examples through the real governance
// processor; the governance plugin computes postures from it.
describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('governance plugin with the real catalog on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let server: any;

  beforeAll(async () => {
    const knex = await databases.init(databaseId);
    const backend = await startGovernanceTestBackend({ knex });
    server = backend.server;
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
        lifecycle: { state: tier === 0 ? 'approved' : 'pending-approval' },
        approval: { tier, status: tier === 0 ? 'auto-approved' : 'pending' },
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

  const post = (route: string, body: object) =>
    request(server)
      .post(`/api/governance${route}`)
      .set('Authorization', mockCredentials.user.header())
      .send(body);

  const onCallProfile = {
    supportContact: '#x',
    businessUnit: 'Ops',
    purpose: 'Tracks on-call swaps for the team.',
    dataClassification: 'public',
    accessScope: 'personal',
    executionEnvironment: 'client-only',
    operationalCriticality: 'toy',
    allowedRegions: ['eu-west-1'],
    retentionDays: 30,
    testDataRetentionDays: 1,
    cost: { profile: 'free', monthlyBudget: 0 },
    retirementDate: '2099-01-01',
  };

  it('includes policy findings with pack version in the posture', async () => {
    const crm = await posture('component:default/crm-record-updater');
    expect(crm.body.policy.packs).toEqual([
      { id: 'guardrails-default', version: '1.1.0' },
    ]);
    expect(crm.body.policy.allowed).toBe(false);
    expect(crm.body.policy.findings).toEqual([
      expect.objectContaining({
        ruleId: 'sensitive-no-admin-iam',
        blocking: true,
        message: expect.stringContaining('salesforce (admin)'),
      }),
    ]);

    const bot = await posture('component:default/standup-notes-bot');
    expect(bot.body.policy.allowed).toBe(true);
    expect(
      bot.body.policy.findings.map((f: any) => [f.ruleId, f.stage]),
    ).toEqual(
      expect.arrayContaining([
        ['production-sbom-and-static-analysis', 'warn'],
        ['test-data-purged-within-7-days', 'audit'],
      ]),
    );
  });

  it('evaluates a profile that is not in the catalog yet', async () => {
    const entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'on-call-swaps' },
      spec: {
        type: 'micro-app',
        lifecycle: 'experimental',
        owner: 'group:ops',
      },
    };
    const res = await post('/profiles/evaluate', {
      profile: onCallProfile,
      entity,
    });
    expect(res.status).toBe(200);
    expect(res.body.risk).toMatchObject({ score: 0, tier: 0, level: 'low' });
    expect(res.body.policy).toMatchObject({ allowed: true, findings: [] });

    const denied = await post('/profiles/evaluate', {
      profile: {
        ...onCallProfile,
        storage: [{ kind: 'bucket', name: 'dump', public: true }],
      },
      entity,
    });
    expect(denied.body.policy.allowed).toBe(false);
    expect(denied.body.policy.findings[0]).toMatchObject({
      ruleId: 'no-public-buckets',
      remediation: expect.stringContaining('private'),
    });
  });

  it('answers 400 naming the bad field of a profile to evaluate', async () => {
    const res = await post('/profiles/evaluate', {
      profile: { dataClassification: 'secret' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(
      'spec.governance.dataClassification',
    );

    const missing = await post('/profiles/evaluate', {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('"profile"');
  });

  it('lists the loaded policy packs', async () => {
    const res = await request(server)
      .get('/api/governance/policies')
      .set('Authorization', mockCredentials.user.header());
    expect(res.body.packs[0]).toMatchObject({
      id: 'guardrails-default',
      version: '1.1.0',
    });
    expect(res.body.packs[0].rules.length).toBeGreaterThanOrEqual(20);
  });

  it('dry-runs a stage promotion and lists the apps that would newly fail', async () => {
    const res = await post('/policies/dry-run', {
      stageOverrides: [
        {
          packId: 'guardrails-default',
          ruleId: 'production-sbom-and-static-analysis',
          stage: 'deny',
        },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.evaluatedApps).toBe(6);
    // The two production apps without an SBOM; the CRM updater fails already.
    expect(res.body.counts).toEqual({
      newlyFailing: 2,
      stillFailing: 1,
      passing: 3,
    });
    expect(res.body.newlyFailing.map((a: any) => a.entityRef).sort()).toEqual([
      'component:default/hr-candidate-tracker',
      'component:default/standup-notes-bot',
    ]);
    expect(res.body.newlyFailing[0].findings).toEqual([
      expect.objectContaining({
        ruleId: 'production-sbom-and-static-analysis',
        stage: 'deny',
        blocking: true,
      }),
    ]);
  });

  it('dry-runs a candidate pack', async () => {
    const pack = [
      'apiVersion: guardrails.dev/v1',
      'kind: PolicyPack',
      'id: acme-extra',
      'version: 0.1.0',
      'rules:',
      '  - id: no-vendor-hosting',
      '    title: No vendor-hosted apps',
      '    severity: deny',
      '    stage: deny',
      "    violation: profile.executionEnvironment == 'vendor-hosted'",
      '    message: Vendor-hosted apps are not allowed',
      '    remediation: Move the app to the company cloud',
    ].join('\n');
    const res = await post('/policies/dry-run', { pack });
    expect(res.status).toBe(200);
    expect(res.body.newlyFailing.map((a: any) => a.entityRef).sort()).toEqual([
      'component:default/finance-expense-app',
      'component:default/standup-notes-bot',
    ]);
  });

  it('answers 400 for a dry run without a change, with a broken pack or an unknown rule', async () => {
    const empty = await post('/policies/dry-run', {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('stageOverrides');

    const broken = await post('/policies/dry-run', { pack: 'id: [' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toContain('candidate pack');

    const unknown = await post('/policies/dry-run', {
      stageOverrides: [
        { packId: 'guardrails-default', ruleId: 'nope', stage: 'deny' },
      ],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('guardrails-default/nope');

    const badStage = await post('/policies/dry-run', {
      stageOverrides: [
        {
          packId: 'guardrails-default',
          ruleId: 'retirement-plan',
          stage: 'block',
        },
      ],
    });
    expect(badStage.status).toBe(400);
    expect(badStage.body.error.message).toContain('stageOverrides.0.stage');
  });
});
