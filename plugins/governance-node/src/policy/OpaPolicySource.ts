import { OPAClient } from '@open-policy-agent/opa';
import {
  EnforcementStage,
  PolicyFinding,
} from '@guardrails/plugin-governance-common';
import { ExternalPolicySource } from './DefaultPolicyEngine';
import { PolicyInput } from './PolicyEngine';

/** How to reach an OPA server. @public */
export interface OpaOptions {
  baseUrl: string;
  /** Rule path under /v1/data, e.g. `guardrails/findings`. */
  policyPath: string;
  /** Pack id the findings are reported under. */
  packId: string;
  /** Stage given to findings that do not say theirs. */
  defaultStage: EnforcementStage;
  token?: string;
}

/**
 * One result item of the OPA rule: a message string, or an object with at
 * least a message.
 */
type OpaItem =
  | string
  | {
      id?: string;
      title?: string;
      msg?: string;
      message?: string;
      severity?: 'warn' | 'deny';
      stage?: EnforcementStage;
      remediation?: string;
    };

/**
 * Delegates a policy pack to an external OPA server (Rego) through its REST
 * Data API, mapping its results to Guardrails findings. The rule at
 * `policyPath` returns a set or list of violations (`deny[msg]` style).
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
    const { packId, policyPath, defaultStage } = this.options;
    const base = {
      packId,
      packVersion: policyPath,
      waived: false,
      blocking: false,
    };
    let items: OpaItem[];
    try {
      const result = await this.client.evaluate<
        Record<string, unknown>,
        unknown
      >(policyPath, {
        profile: input.profile,
        entity: input.entity ?? null,
        risk: {
          score: input.risk.score,
          level: input.risk.level,
          tier: input.risk.tier,
        },
      });
      items = Array.isArray(result) ? (result as OpaItem[]) : [];
    } catch (error) {
      return [
        {
          ...base,
          ruleId: 'opa-unavailable',
          title: 'OPA policy could not be evaluated',
          severity: 'deny',
          stage: defaultStage,
          outcome: 'error',
          message: `OPA at ${
            this.options.baseUrl
          } did not answer for ${policyPath}: ${(error as Error).message}`,
          remediation:
            'Check that the OPA server is running and serves the policy.',
        },
      ];
    }
    return items.map((item, index) => {
      const o = typeof item === 'string' ? { message: item } : item;
      const severity = o.severity ?? 'deny';
      const stage = o.stage ?? (severity === 'warn' ? 'warn' : defaultStage);
      return {
        ...base,
        ruleId: o.id ?? `${policyPath.replace(/\//g, '-')}-${index + 1}`,
        title: o.title ?? o.msg ?? o.message ?? 'OPA violation',
        severity,
        stage,
        outcome: 'violation' as const,
        message: o.message ?? o.msg ?? 'Violation reported by OPA',
        remediation: o.remediation ?? '',
      };
    });
  }
}
