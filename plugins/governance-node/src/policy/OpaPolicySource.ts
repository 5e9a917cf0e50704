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
import { OPAClient } from '@open-policy-agent/opa';
import {
  ENFORCEMENT_STAGES,
  EnforcementStage,
  POLICY_SEVERITIES,
  PolicyFinding,
} from '@guardrails/plugin-governance-common';
import { z } from 'zod/v4';
import { ExternalPolicySource } from './DefaultPolicyEngine';
import { PolicyInput } from './PolicyEngine';

/** How long OPA may take to answer before its pack counts as failed. */
export const DEFAULT_OPA_TIMEOUT_MS = 5_000;

/** How to reach an OPA server. @public */
export interface OpaOptions {
  baseUrl: string;
  /** Rule path under /v1/data, e.g. `guardrails/findings`. */
  policyPath: string;
  /** Pack id the findings are reported under. */
  packId: string;
  /** Stage given to findings that do not say theirs, and to OPA failures. */
  defaultStage: EnforcementStage;
  token?: string;
  /** Milliseconds to wait for an answer; default 5000. */
  timeoutMs?: number;
}

/**
 * One violation the OPA rule returns: a message string, or an object with
 * at least a message. Unknown keys are ignored; known keys must be valid.
 */
const opaItemSchema = z.union([
  z.string(),
  z.object({
    id: z.string().optional(),
    title: z.string().optional(),
    msg: z.string().optional(),
    message: z.string().optional(),
    severity: z.enum(POLICY_SEVERITIES).optional(),
    stage: z.enum(ENFORCEMENT_STAGES).optional(),
    remediation: z.string().optional(),
  }),
]);
type OpaItem = z.output<typeof opaItemSchema>;

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Delegates a policy pack to an external OPA server (Rego) through its REST
 * Data API, mapping its results to Guardrails findings. The rule at
 * `policyPath` returns a set or list of violations (`deny[msg]` style).
 *
 * It fails closed: whenever OPA gives no usable answer (an HTTP error, no
 * answer within the timeout, an undefined rule, or a result that is not a
 * list of violations) it reports one error finding of severity deny in the
 * source's default stage, which blocks where that stage is deny.
 *
 * @public
 */
export class OpaPolicySource implements ExternalPolicySource {
  private readonly client: OPAClient;

  constructor(private readonly options: OpaOptions) {
    this.client = new OPAClient(options.baseUrl, {
      headers: options.token
        ? { Authorization: `Bearer ${options.token}` }
        : undefined,
    });
  }

  async evaluate(input: PolicyInput): Promise<PolicyFinding[]> {
    const { baseUrl, policyPath } = this.options;
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_OPA_TIMEOUT_MS;
    let result: unknown;
    try {
      result = await this.client.evaluate<Record<string, unknown>, unknown>(
        policyPath,
        {
          profile: input.profile,
          entity: input.entity ?? null,
          risk: {
            score: input.risk.score,
            level: input.risk.level,
            tier: input.risk.tier,
          },
        },
        { timeoutMs },
      );
    } catch (error) {
      const reason =
        error instanceof Error && error.name === 'RequestTimeoutError'
          ? `no answer within ${timeoutMs} ms`
          : String(error instanceof Error ? error.message : error);
      return this.failure(
        `OPA at ${baseUrl} did not answer for ${policyPath}: ${reason}`,
      );
    }
    // OPA answers 200 without `result` when nothing is defined at the path.
    if (result === undefined) {
      return this.failure(
        `OPA at ${baseUrl} has no result for ${policyPath}: the rule is undefined (wrong path, or the policy is not loaded)`,
      );
    }
    if (!Array.isArray(result)) {
      return this.failure(
        `OPA returned ${describeJson(
          result,
        )} for ${policyPath}; it must return a list or set of violations`,
      );
    }
    const items: OpaItem[] = [];
    for (const [index, item] of result.entries()) {
      const parsed = opaItemSchema.safeParse(item);
      if (!parsed.success) {
        return this.failure(
          `OPA returned an unreadable violation for ${policyPath} (item ${
            index + 1
          }): expected a message string or an object with a message and valid severity and stage`,
        );
      }
      items.push(parsed.data);
    }
    return items.map((item, index) => this.violation(item, index));
  }

  private base() {
    return {
      packId: this.options.packId,
      packVersion: this.options.policyPath,
      waived: false,
      blocking: false,
    };
  }

  private violation(item: OpaItem, index: number): PolicyFinding {
    const { policyPath, defaultStage } = this.options;
    const o = typeof item === 'string' ? { message: item } : item;
    const severity = o.severity ?? 'deny';
    const stage = o.stage ?? (severity === 'warn' ? 'warn' : defaultStage);
    return {
      ...this.base(),
      ruleId: o.id ?? `${policyPath.replace(/\//g, '-')}-${index + 1}`,
      title: o.title ?? o.msg ?? o.message ?? 'OPA violation',
      severity,
      stage,
      outcome: 'violation',
      message: o.message ?? o.msg ?? 'Violation reported by OPA',
      remediation: o.remediation ?? '',
    };
  }

  private failure(message: string): PolicyFinding[] {
    return [
      {
        ...this.base(),
        ruleId: 'opa-unavailable',
        title: 'OPA policy could not be evaluated',
        severity: 'deny',
        stage: this.options.defaultStage,
        outcome: 'error',
        message,
        remediation:
          'Check that the OPA server is running, serves the policy at the configured path, and that the rule returns a list of violations.',
      },
    ];
  }
}
