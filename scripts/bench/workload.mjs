/*
 * Copyright <%= YEAR %> The Guardrails Authors
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

// Seeded synthetic workload of the scale benchmark: N governed micro apps.
// The facts are those of the Tech Insights peer benchmark
// (/work/shared/peer-bench/tech-insights, src/governance.js, Apache-2.0):
// the same PRNG keyed by (seed, index), so both engines see the same apps.
// toProfile() maps the 21 facts onto spec.governance (see bench/RESULTS.md).

// FNV-1a style mix of (seed, index) -> 32-bit state, then mulberry32.
function rngFor(seed, index) {
  let h = 2166136261 ^ seed;
  h = Math.imul(h ^ index, 16777619);
  h = Math.imul(h ^ (index >>> 16), 2246822519);
  let a = h >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted(rand, table) {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [value, w] of table) {
    if ((r -= w) < 0) return value;
  }
  return table[table.length - 1][0];
}

const chance = (rand, p) => rand() < p;

export const appName = index => `app-${String(index).padStart(6, '0')}`;

/** The peer's catalog fields of app `index`: lifecycle, owner, system. */
export function catalogFacts(index, seed) {
  const rand = rngFor(seed ^ 0x5bd1e995, index);
  return {
    lifecycle: weighted(rand, [
      ['production', 60],
      ['experimental', 30],
      ['deprecated', 10],
    ]),
    owner: `group:default/team-${String(index % 50).padStart(2, '0')}`,
    system: `system-${index % 200}`,
  };
}

/** The peer's 21 governance facts of app `index`. */
export function governanceFacts(index, lifecycle, seed) {
  const rand = rngFor(seed, index);
  return {
    classification: weighted(rand, [
      ['public', 20],
      ['internal', 40],
      ['confidential', 20],
      ['restricted', 12],
      ['regulated', 8],
    ]),
    accessScope: weighted(rand, [
      ['private', 20],
      ['team', 45],
      ['org', 25],
      ['public', 10],
    ]),
    hasOwner: chance(rand, 0.97),
    hasSupportContact: chance(rand, 0.9),
    requestsIamAdmin: chance(rand, 0.05),
    hasPublicBucket: chance(rand, 0.04),
    imageRegistryApproved: chance(rand, 0.93),
    regionAllowed: chance(rand, 0.96),
    retentionDays: weighted(rand, [
      [30, 15],
      [90, 25],
      [180, 20],
      [365, 20],
      [730, 10],
      [1095, 6],
      [2555, 4],
    ]),
    tokenLifetimeSeconds: weighted(rand, [
      [300, 20],
      [900, 30],
      [3600, 35],
      [7200, 10],
      [86400, 5],
    ]),
    ciAuthOidc: chance(rand, 0.85),
    secretsInApprovedStore: chance(rand, 0.92),
    hasRunbook: chance(rand, 0.8),
    hasTelemetry: chance(rand, 0.9),
    hasAlertRule: chance(rand, 0.8),
    hasRollbackToggle: chance(rand, 0.7),
    hasSbom: chance(rand, 0.75),
    hasSastReport: chance(rand, 0.8),
    monthlyBudgetDeclared: chance(rand, 0.85),
    writeIntegrationCount: weighted(rand, [
      [0, 25],
      [1, 25],
      [2, 20],
      [3, 12],
      [4, 8],
      [5, 5],
      [6, 3],
      [8, 2],
    ]),
    lifecycle,
  };
}

const ACCESS_SCOPE = {
  private: 'personal',
  team: 'team',
  org: 'cross-team',
  public: 'org-wide',
};

/** spec.governance of an app with the given facts (mapping in RESULTS.md). */
export function toProfile(name, f) {
  const integrations = [
    { target: 'jira', access: 'read', approvedConnector: true },
  ];
  for (let i = 0; i < f.writeIntegrationCount; i++) {
    integrations.push({
      target: `system-${i}`,
      access: 'write',
      approvedConnector: true,
      scopes: ['records:write'],
    });
  }
  const scans = [];
  if (f.hasSbom) scans.push('sbom');
  if (f.hasSastReport) scans.push('sast');
  return {
    supportContact: f.hasSupportContact ? `${name}@acme.example` : 'unknown',
    businessUnit: 'Operations',
    purpose: `Synthetic micro app ${name} of the scale benchmark.`,
    dataClassification: f.classification,
    dataTypes: f.classification === 'regulated' ? ['phi'] : [],
    accessScope: ACCESS_SCOPE[f.accessScope],
    integrations,
    requestedScopes: f.requestsIamAdmin ? ['iam:Admin'] : [],
    executionEnvironment: 'container',
    operationalCriticality:
      f.lifecycle === 'production' ? 'productivity' : 'toy',
    allowedRegions: [f.regionAllowed ? 'eu-west-1' : 'ap-southeast-9'],
    runtime: 'node22',
    ...(f.monthlyBudgetDeclared
      ? {
          // Some over budget, for the program KPIs' cost figures.
          cost: {
            profile: 'low',
            monthlyBudget: 100,
            monthlyCost: f.hasPublicBucket ? 140 : 60,
          },
        }
      : {}),
    // A value claim on most apps, for the program ROI.
    ...(f.hasSupportContact
      ? {
          value: {
            hoursSavedPerWeek: 2 + 3 * f.writeIntegrationCount,
            peopleServed: 5,
            claimedAt: '2026-11-01',
          },
        }
      : {}),
    requiredScans: scans,
    storage: [
      { kind: 'bucket', name: `${name}-data`, public: f.hasPublicBucket },
    ],
    containerImages: [
      f.imageRegistryApproved
        ? `registry.acme.example/${name}:1.0.0`
        : `docker.io/library/${name}:latest`,
    ],
    security: {
      secretsStore: f.secretsInApprovedStore ? 'vault' : 'env-file',
      tokenLifetimeMinutes: Math.ceil(f.tokenLifetimeSeconds / 60),
      ciAuth: f.ciAuthOidc ? 'oidc' : 'static-keys',
    },
    operations: {
      telemetry: f.hasTelemetry,
      alertRules: f.hasAlertRule,
      rollbackToggle: f.hasRollbackToggle,
    },
    retentionDays: f.retentionDays,
    ...(f.hasRunbook
      ? { runbook: `https://runbooks.acme.example/${name}` }
      : {}),
  };
}

/** Catalog entity of app `index`. */
export function appEntity(index, seed) {
  const name = appName(index);
  const c = catalogFacts(index, seed);
  const facts = governanceFacts(index, c.lifecycle, seed);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: { 'bench.example.com/index': String(index) },
    },
    spec: {
      type: 'micro-app',
      lifecycle: c.lifecycle,
      // hasOwner=false: owned by a group that is not in the catalog.
      owner: facts.hasOwner ? c.owner : 'group:default/nobody',
      system: c.system,
      governance: toProfile(name, facts),
    },
  };
}

/** The owner groups, so owner refs resolve. */
export function groupEntities() {
  return Array.from({ length: 50 }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: `team-${String(i).padStart(2, '0')}` },
    spec: { type: 'team', children: [] },
  }));
}

/** YAML (one JSON document per entity) of the workload's catalog. */
/**
 * The same workload as catalog files of `perFile` apps each (the groups in
 * the first), as an organisation's repositories hold one catalog-info.yaml
 * each: the catalog re-reads and parses a file location in one go, so one
 * file of 10,000 apps would stall the event loop for seconds on every
 * re-read, whatever else runs.
 */
export function workloadYamlFiles(n, seed, perFile = 100) {
  const yaml = docs => docs.map(d => `---\n${JSON.stringify(d)}\n`).join('');
  const files = [yaml(groupEntities())];
  for (let start = 0; start < n; start += perFile) {
    const docs = [];
    for (let i = start; i < Math.min(n, start + perFile); i++) {
      docs.push(appEntity(i, seed));
    }
    files.push(yaml(docs));
  }
  return files;
}
