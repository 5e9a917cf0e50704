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
import yaml from 'yaml';
import { parsePolicyPack } from './loadPolicyPacks';

/** Loads a one-rule pack whose rule has the given expressions. */
const load = (fields: { violation: string; messageExpression?: string }) =>
  parsePolicyPack(
    yaml.stringify({
      apiVersion: 'guardrails.dev/v1',
      kind: 'PolicyPack',
      id: 'acme',
      version: '1.0.0',
      rules: [
        {
          id: 'typed',
          title: 'Typed rule',
          severity: 'deny',
          stage: 'deny',
          message: 'Violated',
          remediation: 'Fix it',
          ...fields,
        },
      ],
    }),
    'acme.yaml',
  );

describe('static result type of rule expressions', () => {
  it.each([
    ["'yes'", 'a string'],
    ['1', 'an int'],
    ['2.5', 'a double'],
    ['null', 'a null'],
    ['[true]', 'a list'],
    ["{'violated': true}", 'a map'],
    ['profile', 'a map'],
    ['size(profile.requestedScopes)', 'an int'],
    ['profile.requestedScopes.size()', 'an int'],
    ['1 + 2', 'an int'],
    ['risk.tier + 1', 'an int, uint, double, string, bytes, list'],
    ['risk.score * 2', 'an int, uint or double'],
    ["'tier ' + profile.purpose", 'a string'],
    ['profile.purpose.lowerAscii()', 'a string'],
    ["profile.requestedScopes.join(', ')", 'a string'],
    ["profile.purpose.split(' ')", 'a list'],
    ["profile.requestedScopes.map(s, s == 'admin')", 'a list'],
    ["profile.requestedScopes.filter(s, s == 'admin')", 'a list'],
    ["risk.tier > 1 ? 'high' : 'low'", 'a string'],
  ])('refuses violation %s, which returns %s', (violation, returns) => {
    expect(() => load({ violation })).toThrow(
      `Policy pack acme.yaml, rule "typed": violation must return a boolean, but this expression returns ${returns}`,
    );
  });

  it.each([
    ["'yes' || true", '|| needs boolean operands, but one is a string'],
    ["!'x'", '! needs boolean operands, but one is a string'],
    [
      "profile.requestedScopes.exists(s, 'admin')",
      '|| needs boolean operands, but one is a string',
    ],
    [
      'size(profile.purpose) ? true : false',
      'the condition of ?: must be a boolean, but it is an int',
    ],
  ])('refuses violation %s, whose operand is no boolean', (violation, why) => {
    expect(() => load({ violation })).toThrow(
      `Policy pack acme.yaml, rule "typed": violation: ${why}`,
    );
  });

  it.each([
    'true',
    "profile.dataClassification == 'public'",
    'risk.tier >= 2 && !has(profile.security)',
    "'admin' in profile.requestedScopes",
    "profile.requestedScopes.exists(s, s.startsWith('iam:'))",
    "profile.requestedScopes.all(s, s.endsWith(':read'))",
    "profile.requestedScopes.exists_one(s, s.contains('admin'))",
    "profile.purpose.matches('^[A-Z]')",
    "risk.tier > 2 ? true : profile.dataClassification == 'regulated'",
    "bool('true')",
    // Fields of the input may hold booleans: checked when evaluated.
    'profile.security.dlp',
    'profile.requestedScopes[0]',
    'risk.tier > 1 ? profile.security.dlp : false',
  ])('accepts violation %s', violation => {
    expect(() => load({ violation })).not.toThrow();
  });

  it.each([
    ['risk.tier > 1', 'a boolean'],
    ['size(profile.requestedScopes)', 'an int'],
    ['[profile.purpose]', 'a list'],
  ])(
    'refuses messageExpression %s, which returns %s',
    (expression, returns) => {
      expect(() =>
        load({ violation: 'true', messageExpression: expression }),
      ).toThrow(
        `Policy pack acme.yaml, rule "typed": messageExpression must return a string, but this expression returns ${returns}`,
      );
    },
  );

  it('accepts message expressions that build text', () => {
    for (const messageExpression of [
      "'Scopes: ' + profile.requestedScopes.join(', ')",
      "risk.tier > 1 ? 'high' : 'low'",
      // A field may hold a string: accepted at load.
      'profile.purpose',
    ]) {
      expect(() =>
        load({ violation: 'true', messageExpression }),
      ).not.toThrow();
    }
  });
});
