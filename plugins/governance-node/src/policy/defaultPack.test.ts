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
import { Entity } from '@backstage/catalog-model';
import {
  GovernanceProfileInput,
  RiskAssessment,
  deriveSbomFacts,
} from '@guardrails/plugin-governance-common';
import { DefaultPolicyEngine } from './DefaultPolicyEngine';
import { DEFAULT_PACK_PATH, loadPolicyPackFile } from './loadPolicyPacks';
import { PolicyInput } from './PolicyEngine';
import {
  inputFor,
  productionEntity,
  testOrganization,
} from './__fixtures__/compliantApp';

type Patch = Partial<Record<keyof GovernanceProfileInput, unknown>>;
interface RuleCase {
  violate: Patch;
  /** Extra changes under which the rule applies and passes. */
  pass?: Patch;
  entity?: Entity;
  risk?: Partial<RiskAssessment>;
  /** npm packages in the app's SBOM, for both the violating and passing app. */
  sbom?: string[];
  /** Rules the violating app breaks too, besides the one under test. */
  alsoFires?: string[];
}

const COMPLIANT_INTEGRATIONS = inputFor().profile.integrations;
const sbomOf = (packages: string[]) =>
  deriveSbomFacts({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    components: packages.map(name => ({
      name,
      version: '1.0.0',
      purl: `pkg:npm/${name.replace(/^@/, '%40')}@1.0.0`,
    })),
  });

const pack = loadPolicyPackFile(DEFAULT_PACK_PATH);
const engine = new DefaultPolicyEngine([pack], testOrganization);

const security = (patch: object) => ({
  ...inputFor().profile.security,
  ...patch,
});

// One violating and one passing app per rule of the default pack.
const cases: Record<string, RuleCase> = {
  'sensitive-no-admin-iam': { violate: { requestedScopes: ['iam:Admin'] } },
  'no-public-buckets': {
    violate: { storage: [{ kind: 'bucket', name: 'exports', public: true }] },
  },
  'approved-container-registries': {
    violate: { containerImages: ['docker.io/library/nginx:latest'] },
  },
  'allowed-regions-only': { violate: { allowedRegions: ['ap-south-1'] } },
  'regulated-data-sovereign-regions': {
    violate: { dataClassification: 'regulated', allowedRegions: ['eu-west-1'] },
    pass: { dataClassification: 'regulated' },
  },
  'no-pii-in-client-storage': {
    violate: {
      storage: [{ kind: 'browser-storage', name: 'local', dataTypes: ['pii'] }],
    },
    pass: {
      storage: [{ kind: 'browser-storage', name: 'local', dataTypes: [] }],
    },
  },
  'production-sbom-and-static-analysis': {
    violate: { requiredScans: ['sca'] },
  },
  'owner-and-support-contact': { violate: {}, entity: productionEntity('') },
  'restricted-data-tier-2-approval': { violate: {}, risk: { tier: 1 } },
  'restricted-data-short-lived-tokens': {
    violate: { security: security({ tokenLifetimeMinutes: 45 }) },
  },
  'restricted-data-secrets-manager': {
    violate: { security: security({ secretsStore: undefined }) },
  },
  'secrets-in-approved-store': {
    violate: {
      dataClassification: 'internal',
      security: security({ secretsStore: 'env-file' }),
    },
    pass: { dataClassification: 'internal' },
  },
  'no-direct-database-writes': {
    violate: {
      integrations: [
        {
          target: 'erp-db',
          access: 'write',
          type: 'database',
          approvedConnector: true,
        },
      ],
    },
  },
  'sensitive-data-encryption-and-dlp': {
    violate: { security: security({ dlp: false }) },
  },
  'approved-vendor-connectors': {
    violate: {
      integrations: [{ target: 'random-saas', access: 'read', type: 'saas' }],
    },
  },
  'declared-retention': { violate: { retentionDays: undefined } },
  'test-data-purged-within-7-days': { violate: { testDataRetentionDays: 30 } },
  'regulated-data-privacy-impact-assessment': {
    violate: {
      dataClassification: 'regulated',
      privacyImpactAssessment: undefined,
    },
    pass: { dataClassification: 'regulated' },
  },
  'retirement-plan': { violate: { retirementDate: undefined } },
  'production-operational-readiness': {
    violate: {
      operations: { telemetry: true, alertRules: false, rollbackToggle: true },
    },
  },
  'oauth-tokens-max-one-hour': {
    violate: {
      dataClassification: 'internal',
      security: security({ tokenLifetimeMinutes: 1440 }),
    },
    pass: {
      dataClassification: 'internal',
      security: security({ tokenLifetimeMinutes: 60 }),
    },
  },
  'ci-oidc-authentication': {
    violate: { security: security({ ciAuth: 'static-keys' }) },
  },
  'agent-scoped-identity-and-confirmation': {
    violate: {
      agent: {
        autonomous: true,
        scopedIdentity: true,
        humanConfirmationForWrites: false,
      },
    },
  },
  'declared-cost-budget': { violate: { cost: undefined } },
  'sbom-undeclared-integration': {
    sbom: ['@slack/web-api'],
    violate: {},
    pass: {
      integrations: [
        ...COMPLIANT_INTEGRATIONS,
        {
          target: 'slack',
          access: 'write',
          type: 'saas',
          approvedConnector: true,
        },
      ],
    },
  },
  'sbom-undeclared-database-write-driver': {
    sbom: ['pg'],
    violate: { integrations: [COMPLIANT_INTEGRATIONS[0]] },
    alsoFires: ['sbom-undeclared-integration'],
  },
  'sbom-undeclared-llm-client': {
    sbom: ['openai'],
    violate: {},
    pass: {
      integrations: [
        ...COMPLIANT_INTEGRATIONS,
        {
          target: 'openai',
          access: 'write',
          type: 'api',
          approvedConnector: true,
        },
      ],
    },
    alsoFires: ['sbom-undeclared-integration'],
  },
};

async function findingsFor(c: RuleCase, patch: Patch) {
  const input: PolicyInput = inputFor(
    patch,
    c.entity && patch === c.violate ? c.entity : undefined,
  );
  if (c.risk && patch === c.violate) input.risk = { ...input.risk, ...c.risk };
  if (c.sbom) input.sbom = sbomOf(c.sbom);
  return (await engine.evaluate(input)).findings;
}

describe('the default policy pack', () => {
  it('has at least 20 rules, each citing the policy it implements', () => {
    expect(pack.rules.length).toBeGreaterThanOrEqual(20);
    for (const { rule } of pack.rules) {
      expect(rule.description).toMatch(/^\[[A-E]\]/);
    }
  });

  it('has a test case for every rule', () => {
    expect(Object.keys(cases).sort()).toEqual(
      pack.rules.map(r => r.rule.id).sort(),
    );
  });

  it('passes the compliant app on every rule', async () => {
    const evaluation = await engine.evaluate(inputFor());
    expect(evaluation.findings).toEqual([]);
    expect(evaluation.passedRules).toBe(pack.rules.length);
    expect(evaluation.allowed).toBe(true);
  });

  it.each(Object.entries(cases))(
    'rule %s: flags a violation, passes a compliant app',
    async (ruleId, c) => {
      const violated = await findingsFor(c, c.violate);
      expect(violated.map(f => f.ruleId).sort()).toEqual(
        [ruleId, ...(c.alsoFires ?? [])].sort(),
      );
      const finding = violated.find(f => f.ruleId === ruleId);
      expect(finding).toMatchObject({
        outcome: 'violation',
        packVersion: '1.1.0',
      });
      expect(finding!.remediation).not.toBe('');
      const passed = await findingsFor(c, c.pass ?? {});
      expect(passed.filter(f => f.ruleId === ruleId)).toEqual([]);
    },
  );

  // The seeds' Rego examples and the inputs they deny, mapped to profiles.
  it('denies what the Rego "Sensitive app requesting iam:Admin" example denies', async () => {
    // input.classification == "Sensitive"; input.requested_permissions[_] == "iam:Admin"
    const evaluation = await engine.evaluate(
      inputFor({
        dataClassification: 'confidential',
        requestedScopes: ['iam:Admin'],
      }),
    );
    const finding = evaluation.findings.find(
      f => f.ruleId === 'sensitive-no-admin-iam',
    );
    expect(finding).toMatchObject({
      blocking: true,
      message: expect.stringContaining('iam:Admin'),
    });
    expect(evaluation.allowed).toBe(false);
  });

  it('denies what the Rego "public bucket" example denies', async () => {
    // input.resource == "storage_bucket"; input.props.public == true
    const evaluation = await engine.evaluate(
      inputFor({
        storage: [{ kind: 'bucket', name: 'reports', public: true }],
      }),
    );
    expect(evaluation.findings).toEqual([
      expect.objectContaining({
        ruleId: 'no-public-buckets',
        blocking: true,
        message: 'Public buckets are not allowed for micro apps: reports',
      }),
    ]);
  });
});
