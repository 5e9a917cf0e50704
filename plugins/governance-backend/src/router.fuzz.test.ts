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
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Knex } from 'knex';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import {
  MALFORMED_REFS,
  SpecOperation,
  mutated,
  nested,
  specOperations,
  valueOf,
} from './__testUtils__/openApiArbitraries';
import {
  ciTokenHeader,
  scaffolderHeader,
} from './__testUtils__/guardrailsPermissions';
import { startGovernanceTestBackend } from './__testUtils__/startGovernanceTestBackend';
import { ENTITY_REF_PROBLEM } from './http/normalizeEntityRef';

jest.setTimeout(300_000);

// Bounded so the suite takes about a minute per database; raise them to
// search longer, e.g. GOVERNANCE_FUZZ_RUNS=500 GOVERNANCE_FUZZ_SEED=7.
const RUNS = Number(process.env.GOVERNANCE_FUZZ_RUNS ?? 15);
const SEED = Number(process.env.GOVERNANCE_FUZZ_SEED ?? 20261125);

const refs: string[] = [
  'component:default/crm-record-updater',
  'component:default/hr-candidate-tracker',
  'component:default/patient-intake-assistant',
  'component:default/shadow-pricing-sheet',
  'component:default/does-not-exist',
  'user:default/erin',
  'user:default/sam',
  'group:default/security-team',
];

// The governance profiles of the example apps: valid, so mutations of
// them reach the risk model and the policy engine.
const profiles: object[] = parseAllDocuments(
  fs.readFileSync(
    path.resolve(__dirname, '../../../examples/apps.yaml'),
    'utf8',
  ),
)
  .map(d => d.toJS()?.spec?.governance)
  .filter(Boolean);
const known = { refs, profiles };

const callers = {
  // A governance admin in startGovernanceTestBackend's roles.
  admin: mockCredentials.user.header('user:default/frank'),
  // Bound to three example apps in its governance.ciTokens.
  'app CI token': ciTokenHeader('app-ci'),
  // The one caller of POST /checks/outcomes, so its bodies are parsed.
  'the scaffolder for a user': scaffolderHeader('user:default/ada'),
};

type Call = {
  path: string;
  query: string;
  body?: unknown;
  raw?: string;
};

const oddText = fc.oneof(
  fc.constantFrom(
    ...MALFORMED_REFS,
    '0',
    '-1',
    'null',
    '..',
    '%',
    'x'.repeat(8000),
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** \`arbitrary\` once in \`every\` values, undefined otherwise. */
const once = <T>(arbitrary: fc.Arbitrary<T>, every: number) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: every - 1 },
    { arbitrary, weight: 1 },
  );

function callsOf(op: SpecOperation, ids: string[]): fc.Arbitrary<Call> {
  const id = fc.oneof(
    fc.constantFrom(...ids),
    oddText.filter(s => s !== ''),
  );
  const urlPath = fc
    .tuple(...op.pathParams.map(() => id))
    .map(values =>
      op.pathParams.reduce(
        (p, name, i) => p.replace(`{${name}}`, encodeURIComponent(values[i])),
        op.path,
      ),
    );
  const param = (q: SpecOperation['queryParams'][number]) =>
    fc.option(
      fc.oneof(
        valueOf(q.schema, known, q.name).map(String),
        oddText,
        // Repeated: ?entityRef=a&entityRef=b
        fc.array(oddText, { minLength: 2, maxLength: 2 }),
      ),
      { nil: undefined, freq: 4 },
    );
  const query = fc
    .tuple(fc.tuple(...op.queryParams.map(param)), once(oddText, 6))
    .map(([values, extra]) => {
      const pairs = op.queryParams.flatMap((q, i) =>
        [values[i] ?? []].flat().map(v => [q.name, v]),
      );
      if (extra !== undefined) pairs.push(['unknown', extra]);
      return pairs
        .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
        .join('&');
    });
  const valid = op.body ? valueOf(op.body, known) : fc.constant(undefined);
  const body = fc.oneof(
    { arbitrary: valid, weight: 1 },
    { arbitrary: mutated(valid), weight: 3 },
    { arbitrary: mutated(mutated(valid)), weight: 1 },
  );
  const raw = fc.constantFrom('{', '[1,', 'null', '"text"', '{"a":}');
  return fc.record({
    path: urlPath,
    query,
    body: op.method === 'post' ? body : fc.constant(undefined),
    raw: op.method === 'post' ? once(raw, 10) : fc.constant(undefined),
  });
}

function describeCall(op: SpecOperation, caller: string, call: Call): string {
  const body = call.raw ?? JSON.stringify(call.body) ?? '';
  return [
    `${op.method.toUpperCase()} /api/governance${call.path}?${call.query}`,
    `as ${caller}`,
    `body (${body.length} chars): ${body.slice(0, 1500)}`,
  ].join('\n');
}

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('every operation of the OpenAPI spec, fuzzed, on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let server: any;
  let knex: Knex;
  const ids: string[] = ['no-such-id'];

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    server = (
      await startGovernanceTestBackend({
        knex,
        guardrailsPermissions: { governance: {} },
      })
    ).server;
    // Real ids, so mutated bodies reach the services, not only the lookups.
    await request(server)
      .post('/api/governance/attestations/campaigns')
      .set('Authorization', callers.admin);
    for (const table of [
      'governance_approval_requests',
      'governance_attestations',
      'governance_evidence',
    ]) {
      ids.push(...(await knex(table).limit(5).pluck('id')));
    }
  });

  async function send(op: SpecOperation, authorization: string, call: Call) {
    const url = `/api/governance${call.path}${
      call.query ? `?${call.query}` : ''
    }`;
    const req = request(server)
      [op.method](url)
      .set('Authorization', authorization);
    if (op.method === 'get') return req;
    const payload = call.raw ?? JSON.stringify(call.body);
    return payload === undefined
      ? req
      : req.set('Content-Type', 'application/json').send(payload);
  }

  it.each(specOperations().map(op => [op.operationId, op] as const))(
    '%s never answers 5xx',
    async (_name, op) => {
      for (const [index, [caller, authorization]] of Object.entries(
        callers,
      ).entries()) {
        const seed = SEED + index;
        await expect(
          fc.assert(
            fc.asyncProperty(callsOf(op, ids), async call => {
              const res = await send(op, authorization, call);
              if (res.status >= 500) {
                throw new Error(
                  `${res.status} for\n${describeCall(
                    op,
                    caller,
                    call,
                  )}\nanswer: ${res.text.slice(0, 500)}\n(seed ${seed})`,
                );
              }
            }),
            { numRuns: RUNS, seed, endOnFailure: true },
          ),
        ).resolves.toBeUndefined();
      }
    },
  );

  // Found by hand before this suite existed; kept as plain examples.
  it('answers 400 naming the field to the inputs that once gave 5xx or 200', async () => {
    const entity = (metadata: object) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'new-app', ...metadata },
    });
    const approvalId = ids.find(i => i !== 'no-such-id');
    const badRef = `Query parameter "entityRef": ${ENTITY_REF_PROBLEM}`;
    const cases: Array<[string, object | undefined, string]> = [
      [
        'POST /profiles/evaluate',
        { profile: profiles[0], entity: entity({ namespace: 5 }) },
        'entity.metadata.namespace',
      ],
      [
        'POST /profiles/evaluate',
        {
          profile: profiles[0],
          entity: entity({ annotations: { deep: nested(3000, 'array') } }),
        },
        'entity.metadata.annotations',
      ],
      [
        `POST /approvals/${approvalId}/delegations`,
        { role: 'security', to: ':' },
        `Request body field "to": ${ENTITY_REF_PROBLEM}`,
      ],
      [
        'POST /apps/activity',
        { entityRef: 'a:b/c/d' },
        `Request body field "entityRef": ${ENTITY_REF_PROBLEM}`,
      ],
      ...['/posture', '/exceptions', '/attestations', '/evidence']
        .flatMap(route => [
          `${route}?entityRef=:`,
          `${route}?entityRef=a:b/c/d`,
        ])
        .map(
          route =>
            [`GET ${route}`, undefined, badRef] as [string, undefined, string],
        ),
      ['GET /audit/events?entityRef=a:b/c/d', undefined, badRef],
      ...['format=xml', 'months=0', 'months=abc', 'months=1e3'].map(
        query =>
          [
            `GET /kpis/export?${query}`,
            undefined,
            `Query parameter "${query.split('=')[0]}"`,
          ] as [string, undefined, string],
      ),
      [
        'POST /apps/facts',
        {
          entityRef: 'component:default/crm-record-updater',
          costs: [{ month: '2026-13', amount: 1 }],
        },
        'Request body field "costs.0.month"',
      ],
      [
        'POST /apps/facts',
        {
          entityRef: 'component:default/crm-record-updater',
          deploys: [{ at: '9999-12-31T23:59:59Z' }],
        },
        'Request body field "deploys.0.at"',
      ],
    ];
    for (const [what, body, message] of cases) {
      const [method, route] = what.split(' ');
      const res = await send(
        { method: method.toLowerCase() } as SpecOperation,
        callers.admin,
        { path: route, query: '', body },
      );
      expect({
        what,
        status: res.status,
        message: res.body.error?.message,
      }).toEqual({
        what,
        status: 400,
        message: expect.stringContaining(message),
      });
    }
  });
});
