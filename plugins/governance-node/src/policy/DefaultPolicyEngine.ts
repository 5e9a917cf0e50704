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
import { isCelError } from '@bufbuild/cel';
import {
  EnforcementStage,
  PolicyEvaluation,
  PolicyFinding,
} from '@guardrails/plugin-governance-common';
import { CelLimits, CompiledPack, CompiledRule } from './compilePolicyPack';
import { parsePolicyPack } from './loadPolicyPacks';
import {
  PolicyEngine,
  PolicyEvaluationOptions,
  PolicyInput,
  PolicyPackSummary,
  PolicyRuleDescription,
  ruleKey,
} from './PolicyEngine';
import { celBindings } from './celBindings';
import { celKindOf, describeKinds } from './celResultKind';

/**
 * Organisation-wide facts the rules compare against (`org` in CEL).
 *
 * @public
 */
export interface OrganizationPolicySettings {
  approvedRegistries: string[];
  approvedSecretStores: string[];
  allowedRegions: string[];
  sovereignRegions: string[];
  maxTokenLifetimeMinutes: number;
}

/**
 * A source of findings besides the CEL packs, e.g. an OPA server.
 *
 * @public
 */
export interface ExternalPolicySource {
  evaluate(input: PolicyInput): Promise<PolicyFinding[]>;
}

const STAGE_ORDER: EnforcementStage[] = ['audit', 'warn', 'deny'];

function effectiveStage(
  rule: CompiledRule['rule'],
  override?: EnforcementStage,
) {
  const stage = override ?? rule.stage;
  // A warn-severity rule never blocks, whatever its stage says.
  const cap: EnforcementStage = rule.severity === 'deny' ? 'deny' : 'warn';
  return STAGE_ORDER.indexOf(stage) > STAGE_ORDER.indexOf(cap) ? cap : stage;
}

function applies(rule: CompiledRule['rule'], input: PolicyInput): boolean {
  const scope = rule.appliesTo;
  if (!scope) return true;
  if (scope.tiers && !scope.tiers.includes(input.risk.tier)) return false;
  if (
    scope.classifications &&
    !scope.classifications.includes(input.profile.dataClassification)
  ) {
    return false;
  }
  const kind = (input.entity?.kind ?? 'Component').toLocaleLowerCase('en-US');
  if (
    scope.kinds &&
    !scope.kinds.some(k => k.toLocaleLowerCase('en-US') === kind)
  ) {
    return false;
  }
  const lifecycle = input.entity?.spec?.lifecycle as string | undefined;
  if (scope.lifecycles && !scope.lifecycles.includes(lifecycle ?? ''))
    return false;
  return true;
}

/**
 * Evaluates compiled CEL packs (and optional external sources).
 *
 * @public
 */
export class DefaultPolicyEngine implements PolicyEngine {
  constructor(
    private readonly packs: CompiledPack[],
    private readonly organization: OrganizationPolicySettings,
    private readonly external: ExternalPolicySource[] = [],
    private readonly limits?: CelLimits,
  ) {}

  withCandidatePack(yamlText: string): DefaultPolicyEngine {
    const candidate = parsePolicyPack(yamlText, 'candidate pack', this.limits);
    const others = this.packs.filter(p => p.id !== candidate.id);
    return new DefaultPolicyEngine(
      [...others, candidate],
      this.organization,
      this.external,
      this.limits,
    );
  }

  listPacks(): PolicyPackSummary[] {
    return this.packs.map(pack => ({
      id: pack.id,
      version: pack.version,
      description: pack.description,
      source: pack.source,
      rules: pack.rules.map(({ rule }) => ({
        id: rule.id,
        title: rule.title,
        description: rule.description,
        severity: rule.severity,
        stage: rule.stage,
      })),
    }));
  }

  describeRule(
    packId: string,
    ruleId: string,
  ): PolicyRuleDescription | undefined {
    const pack = this.packs.find(p => p.id === packId);
    const rule = pack?.rules.find(r => r.rule.id === ruleId)?.rule;
    if (!pack || !rule) return undefined;
    return {
      packId: pack.id,
      packVersion: pack.version,
      packDescription: pack.description,
      source: pack.source,
      id: rule.id,
      title: rule.title,
      description: rule.description,
      severity: rule.severity,
      stage: effectiveStage(rule),
      ...(rule.appliesTo && { appliesTo: rule.appliesTo }),
      violation: rule.violation,
      message: rule.message,
      remediation: rule.remediation,
    };
  }

  async evaluate(
    input: PolicyInput,
    options: PolicyEvaluationOptions = {},
  ): Promise<PolicyEvaluation> {
    // Throws an InputError naming the field for input CEL cannot take.
    const bindings = celBindings(input, this.organization);
    const findings: PolicyFinding[] = [];
    let passedRules = 0;

    for (const pack of this.packs) {
      for (const compiled of pack.rules) {
        if (!applies(compiled.rule, input)) continue;
        const key = ruleKey(pack.id, compiled.rule.id);
        const finding = this.evaluateRule(pack, compiled, bindings, {
          stage: effectiveStage(
            compiled.rule,
            options.stageOverrides?.get(key),
          ),
          waived: options.waivedRules?.has(key) ?? false,
        });
        if (finding) findings.push(finding);
        else passedRules++;
      }
    }
    for (const source of this.external) {
      const external = await source.evaluate(input);
      findings.push(
        ...external.map(f => {
          const waived =
            options.waivedRules?.has(ruleKey(f.packId, f.ruleId)) ?? false;
          return { ...f, waived, blocking: f.stage === 'deny' && !waived };
        }),
      );
    }
    return {
      packs: [
        ...this.packs.map(p => ({ id: p.id, version: p.version })),
        ...[...new Set(findings.map(f => f.packId))]
          .filter(id => !this.packs.some(p => p.id === id))
          .map(id => ({
            id,
            version: findings.find(f => f.packId === id)!.packVersion,
          })),
      ],
      findings,
      passedRules,
      allowed: !findings.some(f => f.blocking),
    };
  }

  private evaluateRule(
    pack: CompiledPack,
    { rule, violation, message }: CompiledRule,
    bindings: Record<string, unknown>,
    { stage, waived }: { stage: EnforcementStage; waived: boolean },
  ): PolicyFinding | undefined {
    const base = {
      packId: pack.id,
      packVersion: pack.version,
      ruleId: rule.id,
      title: rule.title,
      severity: rule.severity,
      stage,
      remediation: rule.remediation,
      waived,
      blocking: stage === 'deny' && !waived,
    };
    const result = violation(bindings);
    if (isCelError(result) || typeof result !== 'boolean') {
      const problem = isCelError(result)
        ? result.message
        : `violation returned ${describeKinds([
            celKindOf(result),
          ])}; it must return a boolean`;
      return {
        ...base,
        outcome: 'error',
        message: `Rule could not be evaluated: ${problem}`,
      };
    }
    if (!result) return undefined;
    let text = rule.message;
    if (message) {
      const rendered = message(bindings);
      if (typeof rendered === 'string') text = rendered;
    }
    return { ...base, outcome: 'violation', message: text };
  }
}
