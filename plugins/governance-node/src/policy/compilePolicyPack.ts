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
import { CelResult, celEnv, parse, plan } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { PolicyPack, PolicyRule } from './policyPackSchema';
import { PolicyPackError } from './PolicyPackError';
import { analyseCel } from './celStaticAnalysis';
import { CelKind, analyseResultKind, describeKinds } from './celResultKind';

/** The variables a rule's expressions may use. */
const POLICY_VARIABLES = ['profile', 'entity', 'risk', 'org', 'sbom'] as const;

/**
 * Limits that keep every expression cheap to evaluate.
 *
 * @public
 */
export interface CelLimits {
  /** Longest expression, in characters. */
  maxExpressionLength: number;
  /** Highest estimated worst-case cost of one expression. */
  maxCost: number;
  /** Longest list a macro may loop over (the profile schema's list bound). */
  maxListSize: number;
}

/**
 * The limits used when none are configured.
 *
 * @public
 */
export const DEFAULT_CEL_LIMITS: CelLimits = {
  maxExpressionLength: 2_000,
  maxCost: 1_000_000,
  maxListSize: 100,
};

/**
 * A compiled CEL program: bindings in, result (or CelError) out.
 *
 * @public
 */
export type CelProgram = (bindings: Record<string, unknown>) => CelResult;

/**
 * A rule with its expressions compiled once, at load.
 *
 * @public
 */
export interface CompiledRule {
  /** The rule as written in the pack file. */
  rule: PolicyRule;
  /** The compiled `violation` expression. */
  violation: CelProgram;
  /** The compiled `messageExpression`, when the rule has one. */
  message?: CelProgram;
}

/**
 * A pack ready to evaluate, as {@link loadPolicyPacks} returns it.
 *
 * @public
 */
export interface CompiledPack {
  id: string;
  version: string;
  description: string;
  /** Where the pack came from (its file path), named in errors. */
  source: string;
  rules: CompiledRule[];
}

const env = celEnv({ funcs: strings });

/** What each expression of a rule must return. */
const RESULT_KIND: Record<'violation' | 'messageExpression', CelKind> = {
  violation: 'bool',
  messageExpression: 'string',
};

function compileExpression(
  source: string,
  ruleId: string,
  field: 'violation' | 'messageExpression',
  expression: string,
  limits: CelLimits,
): CelProgram {
  if (expression.length > limits.maxExpressionLength) {
    throw new PolicyPackError(
      source,
      ruleId,
      `${field} is ${expression.length} characters long; the limit is ${limits.maxExpressionLength}`,
    );
  }
  let parsed;
  try {
    parsed = parse(expression);
  } catch (error) {
    throw new PolicyPackError(
      source,
      ruleId,
      `${field} does not compile: ${(error as Error).message}`,
    );
  }
  const { cost, freeVariables } = analyseCel(parsed.expr, limits.maxListSize);
  const unknown = [...freeVariables].filter(
    v => !(POLICY_VARIABLES as readonly string[]).includes(v),
  );
  if (unknown.length > 0) {
    throw new PolicyPackError(
      source,
      ruleId,
      `${field} uses unknown variable(s) ${unknown.join(
        ', ',
      )}; available: ${POLICY_VARIABLES.join(', ')}`,
    );
  }
  if (cost > limits.maxCost) {
    throw new PolicyPackError(
      source,
      ruleId,
      `${field} may cost up to ${cost} steps; the limit is ${limits.maxCost} (avoid nesting list macros)`,
    );
  }
  const expected = RESULT_KIND[field];
  const { kinds, problems } = analyseResultKind(parsed.expr, POLICY_VARIABLES);
  if (!kinds.has(expected)) {
    throw new PolicyPackError(
      source,
      ruleId,
      `${field} must return ${describeKinds([
        expected,
      ])}, but this expression returns ${describeKinds(kinds)}`,
    );
  }
  if (problems.length > 0) {
    throw new PolicyPackError(source, ruleId, `${field}: ${problems[0]}`);
  }
  const program = plan(env, parsed);
  return bindings =>
    (program as (b: Record<string, unknown>) => CelResult)(bindings);
}

/**
 * Compiles every expression of a validated pack once. Throws a
 * {@link PolicyPackError} naming the file and rule on the first problem.
 */
export function compilePolicyPack(
  pack: PolicyPack,
  source: string,
  limits: CelLimits = DEFAULT_CEL_LIMITS,
): CompiledPack {
  const seen = new Set<string>();
  const rules = pack.rules.map(rule => {
    if (seen.has(rule.id)) {
      throw new PolicyPackError(
        source,
        rule.id,
        'rule id is used twice in the pack',
      );
    }
    seen.add(rule.id);
    return {
      rule,
      violation: compileExpression(
        source,
        rule.id,
        'violation',
        rule.violation,
        limits,
      ),
      message: rule.messageExpression
        ? compileExpression(
            source,
            rule.id,
            'messageExpression',
            rule.messageExpression,
            limits,
          )
        : undefined,
    };
  });
  return {
    id: pack.id,
    version: pack.version,
    description: pack.description,
    source,
    rules,
  };
}
