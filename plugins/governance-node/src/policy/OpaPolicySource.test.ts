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
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { EnforcementStage } from '@guardrails/plugin-governance-common';
import { DefaultPolicyEngine } from './DefaultPolicyEngine';
import { OpaPolicySource } from './OpaPolicySource';
import { inputFor, testOrganization } from './__fixtures__/compliantApp';

/**
 * No OPA binary can be installed here, so a small local HTTP server stands in
 * for OPA's Data API: it evaluates the seeds' Rego rule ("deny if app is
 * sensitive and requests admin IAM") by hand on the input it receives, and
 * answers the other paths the way OPA answers when something is wrong.
 */
describe('OpaPolicySource (against a local HTTP stand-in for OPA)', () => {
  let server: http.Server;
  let baseUrl: string;
  const requests: Array<{ url?: string; auth?: string; body: any }> = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', chunk => (body += chunk));
      req.on('end', () => {
        const parsed = JSON.parse(body || '{}');
        requests.push({
          url: req.url,
          auth: req.headers.authorization,
          body: parsed,
        });
        const answer = (status: number, json: unknown) => {
          res.writeHead(status, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(json));
        };
        const canned: Record<string, [number, unknown]> = {
          // What real OPA answers for a rule that is not defined at the path.
          '/v1/data/appgov/undefined': [200, {}],
          '/v1/data/appgov/object': [200, { result: { deny: [] } }],
          '/v1/data/appgov/allow': [200, { result: true }],
          '/v1/data/appgov/bad-item': [
            200,
            { result: [{ message: 'x', severity: 'fatal' }] },
          ],
          '/v1/data/appgov/broken': [
            500,
            { code: 'internal_error', message: 'boom' },
          ],
        };
        const cannedAnswer = canned[req.url ?? ''];
        if (cannedAnswer) {
          answer(...cannedAnswer);
          return;
        }
        if (req.url === '/v1/data/appgov/slow') {
          setTimeout(() => answer(200, { result: [] }), 2_000);
          return;
        }
        if (req.url !== '/v1/data/appgov/deny') {
          answer(404, { code: 'undefined_document', message: 'not found' });
          return;
        }
        const { profile } = parsed.input;
        const deny: unknown[] = [];
        if (
          profile.dataClassification !== 'public' &&
          profile.requestedScopes.includes('iam:Admin')
        ) {
          deny.push('Sensitive apps cannot request iam:Admin');
        }
        if (profile.cost === undefined) {
          deny.push({
            id: 'budget',
            message: 'Declare a budget',
            severity: 'warn',
            remediation: 'Set cost',
          });
        }
        answer(200, { result: deny });
      });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(
    () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  );

  const source = (
    policyPath = 'appgov/deny',
    defaultStage: EnforcementStage = 'deny',
  ) =>
    new OpaPolicySource({
      baseUrl,
      policyPath,
      packId: 'opa-appgov',
      defaultStage,
      token: 's3cret',
      timeoutMs: 300,
    });

  it('maps OPA results to findings under its own pack id', async () => {
    const findings = await source().evaluate(
      inputFor({ requestedScopes: ['iam:Admin'], cost: undefined }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        packId: 'opa-appgov',
        packVersion: 'appgov/deny',
        ruleId: 'appgov-deny-1',
        message: 'Sensitive apps cannot request iam:Admin',
        severity: 'deny',
        stage: 'deny',
        outcome: 'violation',
      }),
      expect.objectContaining({
        ruleId: 'budget',
        message: 'Declare a budget',
        severity: 'warn',
        stage: 'warn',
        remediation: 'Set cost',
      }),
    ]);
    const last = requests[requests.length - 1];
    expect(last.auth).toBe('Bearer s3cret');
    expect(last.body.input.risk).toEqual({ score: 10, level: 'high', tier: 2 });
  });

  it('returns no findings when OPA denies nothing', async () => {
    expect(await source().evaluate(inputFor())).toEqual([]);
  });

  it.each([
    ['undefined', /has no result for appgov\/undefined: the rule is undefined/],
    ['object', /returned an object for appgov\/object; it must return a list/],
    ['allow', /returned a boolean for appgov\/allow; it must return a list/],
    ['bad-item', /unreadable violation for appgov\/bad-item \(item 1\)/],
    ['broken', /did not answer for appgov\/broken/],
    ['slow', /did not answer for appgov\/slow: no answer within 300 ms/],
  ])(
    'fails closed when OPA answers %s: a deny-stage error finding that blocks',
    async (path, message) => {
      const engine = new DefaultPolicyEngine([], testOrganization, [
        source(`appgov/${path}`),
      ]);
      const evaluation = await engine.evaluate(inputFor());
      expect(evaluation.findings).toEqual([
        expect.objectContaining({
          packId: 'opa-appgov',
          ruleId: 'opa-unavailable',
          outcome: 'error',
          severity: 'deny',
          stage: 'deny',
          blocking: true,
          message: expect.stringMatching(message),
        }),
      ]);
      expect(evaluation.allowed).toBe(false);
    },
  );

  it('reports a failure in the configured stage, so a warn-stage source only warns', async () => {
    const engine = new DefaultPolicyEngine([], testOrganization, [
      source('appgov/undefined', 'warn'),
    ]);
    const evaluation = await engine.evaluate(inputFor());
    expect(evaluation.findings).toEqual([
      expect.objectContaining({
        outcome: 'error',
        stage: 'warn',
        blocking: false,
      }),
    ]);
    expect(evaluation.allowed).toBe(true);
  });

  it('reports an unreachable policy as an error finding rather than passing silently', async () => {
    const findings = await source('appgov/missing').evaluate(inputFor());
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'opa-unavailable',
        outcome: 'error',
        stage: 'deny',
      }),
    ]);
  });
});
