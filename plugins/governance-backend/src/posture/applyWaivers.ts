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
import { PolicyEvaluation } from '@guardrails/plugin-governance-common';
import { ruleKey } from '@guardrails/plugin-governance-node';

/**
 * The stored findings (evaluated without exceptions) as they stand with the
 * exceptions active now: a waived finding is shown but does not block.
 * Exceptions change between evaluations, so readers apply them.
 */
export function applyWaivers(
  policy: PolicyEvaluation,
  waivedRules: ReadonlySet<string>,
): PolicyEvaluation {
  const findings = policy.findings.map(finding => {
    const waived = waivedRules.has(ruleKey(finding.packId, finding.ruleId));
    return {
      ...finding,
      waived,
      blocking: finding.stage === 'deny' && !waived,
    };
  });
  return { ...policy, findings, allowed: !findings.some(f => f.blocking) };
}
