import http from 'node:http';
import { AddressInfo } from 'node:net';
import { OpaPolicySource } from './OpaPolicySource';
import { inputFor } from './__fixtures__/compliantApp';

/**
 * No OPA binary can be installed here, so a small local HTTP server stands in
 * for OPA's Data API: it evaluates the seeds' Rego rule ("deny if app is
 * sensitive and requests admin IAM") by hand on the input it receives.
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
        if (req.url !== '/v1/data/appgov/deny') {
          res.writeHead(404, { 'Content-Type': 'application/json' });
          res.end(
            JSON.stringify({
              code: 'undefined_document',
              message: 'not found',
            }),
          );
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
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ result: deny }));
      });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise(resolve => server.close(resolve)));

  const source = (policyPath = 'appgov/deny') =>
    new OpaPolicySource({
      baseUrl,
      policyPath,
      packId: 'opa-appgov',
      defaultStage: 'deny',
      token: 's3cret',
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
