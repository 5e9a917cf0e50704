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
import { PolicyPack } from './policyPackSchema';
import { compilePolicyPack } from './compilePolicyPack';
import { DefaultPolicyEngine } from './DefaultPolicyEngine';
import { PolicyPackError } from './PolicyPackError';
import { inputFor, testOrganization } from './__fixtures__/compliantApp';

const rule = (overrides: Partial<PolicyPack['rules'][number]>) => ({
  id: 'no-admin',
  title: 'No admin scopes',
  description: '',
  severity: 'deny' as const,
  stage: 'deny' as const,
  violation: "profile.requestedScopes.exists(s, s == 'admin')",
  message: 'Admin scope requested',
  remediation: 'Drop the admin scope',
  ...overrides,
});

const engineWith = (...rules: ReturnType<typeof rule>[]) =>
  new DefaultPolicyEngine(
    [
      compilePolicyPack(
        {
          apiVersion: 'guardrails.dev/v1',
          kind: 'PolicyPack',
          id: 'test',
          version: '2.1.0',
          description: '',
          rules,
        },
        'test.yaml',
      ),
    ],
    testOrganization,
  );

const admin = inputFor({ requestedScopes: ['admin'] });

describe('DefaultPolicyEngine', () => {
  it('blocks on a violated deny rule and records pack id and version', async () => {
    const evaluation = await engineWith(rule({})).evaluate(admin);
    expect(evaluation.allowed).toBe(false);
    expect(evaluation.packs).toEqual([{ id: 'test', version: '2.1.0' }]);
    expect(evaluation.findings).toEqual([
      {
        packId: 'test',
        packVersion: '2.1.0',
        ruleId: 'no-admin',
        title: 'No admin scopes',
        severity: 'deny',
        stage: 'deny',
        outcome: 'violation',
        message: 'Admin scope requested',
        remediation: 'Drop the admin scope',
        waived: false,
        blocking: true,
      },
    ]);
  });

  it('reports audit and warn stages without blocking', async () => {
    for (const stage of ['audit', 'warn'] as const) {
      const evaluation = await engineWith(rule({ stage })).evaluate(admin);
      expect(evaluation.findings[0]).toMatchObject({ stage, blocking: false });
      expect(evaluation.allowed).toBe(true);
    }
  });

  it('never lets a warn-severity rule block, whatever its stage', async () => {
    const evaluation = await engineWith(
      rule({ severity: 'warn', stage: 'deny' }),
    ).evaluate(admin);
    expect(evaluation.findings[0]).toMatchObject({
      stage: 'warn',
      blocking: false,
    });
  });

  it('shows a waived finding, without blocking', async () => {
    const evaluation = await engineWith(rule({})).evaluate(admin, {
      waivedRules: new Set(['test/no-admin']),
    });
    expect(evaluation.findings[0]).toMatchObject({
      waived: true,
      blocking: false,
    });
    expect(evaluation.allowed).toBe(true);
  });

  it('applies stage overrides (dry runs of a promotion)', async () => {
    const engine = engineWith(rule({ stage: 'audit' }));
    const evaluation = await engine.evaluate(admin, {
      stageOverrides: new Map([['test/no-admin', 'deny' as const]]),
    });
    expect(evaluation.findings[0]).toMatchObject({
      stage: 'deny',
      blocking: true,
    });
  });

  it('turns an evaluation error into an error finding that blocks for a deny rule', async () => {
    const erroring = rule({ violation: 'profile.security.dlp' });
    const deny = await engineWith(erroring).evaluate(
      inputFor({ security: undefined }),
    );
    expect(deny.findings[0]).toMatchObject({
      outcome: 'error',
      blocking: true,
      message: expect.stringContaining('Rule could not be evaluated'),
    });
    const warn = await engineWith({ ...erroring, stage: 'warn' }).evaluate(
      inputFor({ security: undefined }),
    );
    expect(warn.findings[0]).toMatchObject({
      outcome: 'error',
      blocking: false,
    });
  });

  it('turns a field that holds no boolean into a blocking error finding', async () => {
    // A bare field cannot be typed at load (it may hold a boolean), so it is
    // checked when evaluated.
    const evaluation = await engineWith(
      rule({ violation: 'profile.purpose' }),
    ).evaluate(admin);
    expect(evaluation.findings[0]).toMatchObject({
      outcome: 'error',
      blocking: true,
      message:
        'Rule could not be evaluated: violation returned a string; it must return a boolean',
    });
    expect(evaluation.allowed).toBe(false);
  });

  it('renders the message expression with profile fields', async () => {
    const evaluation = await engineWith(
      rule({
        messageExpression: "'Scopes: ' + profile.requestedScopes.join(', ')",
      }),
    ).evaluate(inputFor({ requestedScopes: ['admin', 'read'] }));
    expect(evaluation.findings[0].message).toBe('Scopes: admin, read');
  });

  it('skips rules that do not apply, and counts passed rules', async () => {
    const engine = engineWith(
      rule({ id: 'tier-3-only', appliesTo: { tiers: [3] } }),
      rule({
        id: 'production-only',
        appliesTo: { lifecycles: ['production'] },
        violation: 'false',
      }),
      rule({ id: 'public-only', appliesTo: { classifications: ['public'] } }),
    );
    const evaluation = await engine.evaluate(admin);
    expect(evaluation.findings).toEqual([]);
    expect(evaluation.passedRules).toBe(1);
  });

  it('lists packs and rules', () => {
    expect(engineWith(rule({})).listPacks()).toEqual([
      expect.objectContaining({
        id: 'test',
        version: '2.1.0',
        source: 'test.yaml',
        rules: [expect.objectContaining({ id: 'no-admin', stage: 'deny' })],
      }),
    ]);
  });

  it('describes one rule in full: what it checks, why, its source and how to comply', () => {
    const engine = engineWith(
      rule({
        description: 'Admin scopes let a leaked token do anything',
        severity: 'warn',
        appliesTo: { classifications: ['confidential'] },
      }),
    );
    expect(engine.describeRule('test', 'no-admin')).toEqual({
      packId: 'test',
      packVersion: '2.1.0',
      packDescription: '',
      source: 'test.yaml',
      id: 'no-admin',
      title: 'No admin scopes',
      description: 'Admin scopes let a leaked token do anything',
      severity: 'warn',
      // A warn-severity rule never blocks, whatever its stage says.
      stage: 'warn',
      appliesTo: { classifications: ['confidential'] },
      violation: "profile.requestedScopes.exists(s, s == 'admin')",
      message: 'Admin scope requested',
      remediation: 'Drop the admin scope',
    });
    expect(engine.describeRule('test', 'nope')).toBeUndefined();
    expect(engine.describeRule('other', 'no-admin')).toBeUndefined();
  });
});

describe('DefaultPolicyEngine.withCandidatePack', () => {
  const candidate = (stage: string) => `
apiVersion: guardrails.dev/v1
kind: PolicyPack
id: test
version: 2.2.0
rules:
  - id: no-admin
    title: No admin scopes
    severity: deny
    stage: ${stage}
    violation: "profile.requestedScopes.exists(s, s == 'admin')"
    message: Admin scope requested
    remediation: Drop the admin scope
`;

  it('replaces the pack with the same id, leaving the loaded engine as it was', async () => {
    const engine = engineWith(rule({ stage: 'audit' }));
    const preview = engine.withCandidatePack(candidate('deny'));
    expect((await preview.evaluate(admin)).findings[0]).toMatchObject({
      packVersion: '2.2.0',
      blocking: true,
    });
    expect((await engine.evaluate(admin)).allowed).toBe(true);
  });

  it('refuses a candidate that does not load, naming the rule', () => {
    expect(() =>
      engineWith(rule({})).withCandidatePack(candidate('block')),
    ).toThrow(/candidate pack, rule "no-admin": stage/);
  });

  it('refuses a candidate whose rule returns a string (dry runs)', () => {
    const text = candidate('deny').replace(
      `violation: "profile.requestedScopes.exists(s, s == 'admin')"`,
      `violation: "'yes'"`,
    );
    expect(() => engineWith(rule({})).withCandidatePack(text)).toThrow(
      new PolicyPackError(
        'candidate pack',
        'no-admin',
        'violation must return a boolean, but this expression returns a string',
      ),
    );
  });
});
