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
import {
  GovernanceProfile,
  agentSchema,
  governanceProfileSchema,
  integrationSchema,
  operationsSchema,
  securitySchema,
  storageSchema,
} from '@guardrails/plugin-governance-common';
import { materialHashOf } from './materialHashOf';

// Every field of the schema set, so every one can be varied below.
const profile: GovernanceProfile = governanceProfileSchema.parse({
  schemaVersion: 1,
  supportContact: 'crm@acme.example',
  businessUnit: 'Sales',
  purpose: 'Updates CRM records from the sales pipeline.',
  dataClassification: 'confidential',
  dataTypes: ['pii', 'customer-data'],
  accessScope: 'cross-team',
  integrations: [
    {
      target: 'salesforce',
      access: 'write',
      approvedConnector: true,
      scopes: ['api', 'refresh_token'],
      type: 'saas',
      owned: false,
    },
  ],
  requestedScopes: ['openid'],
  executionEnvironment: 'container',
  operationalCriticality: 'productivity',
  allowedRegions: ['eu-west-1'],
  runtime: 'node22',
  cost: { profile: 'low', monthlyBudget: 40, monthlyCost: 30, currency: 'EUR' },
  requiredScans: ['sast', 'sca'],
  productionEndpoints: ['https://crm.acme.example'],
  storage: [
    {
      kind: 'bucket',
      name: 'exports',
      public: false,
      encryptedAtRest: true,
      dataTypes: ['pii'],
    },
  ],
  containerImages: ['registry.acme.example/crm:1.2'],
  security: {
    secretsStore: 'vault',
    tokenLifetimeMinutes: 60,
    ciAuth: 'oidc',
    encryptionAtRest: true,
    encryptionInTransit: true,
    dlp: false,
  },
  operations: { telemetry: true, alertRules: false, rollbackToggle: true },
  agent: {
    autonomous: false,
    scopedIdentity: true,
    humanConfirmationForWrites: true,
  },
  testDataRetentionDays: 30,
  privacyImpactAssessment: 'https://wiki.acme.example/pia/crm',
  retentionDays: 365,
  template: 'template:default/crm-app',
  retirementDate: '2030-01-31',
  runbook: 'https://wiki.acme.example/runbooks/crm',
  sla: 'business-hours',
  value: { hoursSavedPerWeek: 10, peopleServed: 5, claimedAt: '2026-11-01' },
});
const risk = { tier: 2 as const, reviewers: ['security' as const] };

/** Every leaf of a value, as a path and the value there. */
function leaves(
  value: unknown,
  path: (string | number)[] = [],
): Array<[(string | number)[], unknown]> {
  if (Array.isArray(value))
    return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value]];
}

function withLeaf(path: (string | number)[], leaf: unknown) {
  const copy = structuredClone(profile) as any;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = leaf;
  return copy as GovernanceProfile;
}

const changed = (leaf: unknown) => {
  if (typeof leaf === 'boolean') return !leaf;
  if (typeof leaf === 'number') return leaf + 1;
  return `${String(leaf)}-changed`;
};

describe('materialHashOf', () => {
  const base = materialHashOf(profile, risk);

  it('is filled in for every field of the profile schema', () => {
    const objects = [
      [governanceProfileSchema, profile],
      [integrationSchema, profile.integrations[0]],
      [storageSchema, profile.storage[0]],
      [securitySchema, profile.security],
      [operationsSchema, profile.operations],
      [agentSchema, profile.agent],
    ] as const;
    for (const [schema, value] of objects) {
      expect(Object.keys(value!).sort()).toEqual(
        Object.keys(schema.shape).sort(),
      );
    }
  });

  const reviewedLeaves = leaves(profile).filter(
    ([path]) => path[0] !== 'value',
  );
  it.each(reviewedLeaves.map(([path, leaf]) => [path.join('.'), path, leaf]))(
    'changes when %s changes',
    (_name, path, leaf) => {
      expect(
        materialHashOf(
          withLeaf(path as (string | number)[], changed(leaf)),
          risk,
        ),
      ).not.toBe(base);
    },
  );

  it.each(
    leaves(profile.value).map(([path, leaf]) => [path.join('.'), path, leaf]),
  )('does not change when the value claim %s changes', (_name, path, leaf) => {
    expect(
      materialHashOf(
        withLeaf(['value', ...(path as (string | number)[])], changed(leaf)),
        risk,
      ),
    ).toBe(base);
  });

  it('changes with the tier and the reviewers, not with key order', () => {
    expect(materialHashOf(profile, { ...risk, tier: 3 })).not.toBe(base);
    expect(
      materialHashOf(profile, { ...risk, reviewers: ['security', 'privacy'] }),
    ).not.toBe(base);
    const reordered = Object.fromEntries(
      Object.entries(profile).reverse(),
    ) as GovernanceProfile;
    expect(materialHashOf(reordered, risk)).toBe(base);
  });

  it('changes when an optional field is added or removed', () => {
    const { runbook, ...withoutRunbook } = profile;
    expect(runbook).toBeDefined();
    expect(materialHashOf(withoutRunbook as GovernanceProfile, risk)).not.toBe(
      base,
    );
  });
});
