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
/** How bad a violation of a rule is. @public */
export const POLICY_SEVERITIES = ['warn', 'deny'] as const;
/** @public */
export type PolicySeverity = (typeof POLICY_SEVERITIES)[number];

/**
 * How a rule is enforced: `audit` records findings only, `warn` shows them
 * as warnings, `deny` blocks. New rules start in `audit` and are promoted.
 *
 * @public
 */
export const ENFORCEMENT_STAGES = ['audit', 'warn', 'deny'] as const;
/** @public */
export type EnforcementStage = (typeof ENFORCEMENT_STAGES)[number];

/** One rule that an app violates, or that could not be evaluated. @public */
export interface PolicyFinding {
  packId: string;
  packVersion: string;
  ruleId: string;
  title: string;
  severity: PolicySeverity;
  /** The stage in force: the rule's stage, never above its severity. */
  stage: EnforcementStage;
  /** `violation`, or `error` when the rule could not be evaluated. */
  outcome: 'violation' | 'error';
  message: string;
  remediation: string;
  /** True while an active exception waives this rule for this app. */
  waived: boolean;
  /** True when the finding stops the app: deny stage and not waived. */
  blocking: boolean;
}

/** The outcome of evaluating every applicable rule for one app. @public */
export interface PolicyEvaluation {
  packs: Array<{ id: string; version: string }>;
  findings: PolicyFinding[];
  /** Applicable rules the app passes. */
  passedRules: number;
  /** True when no finding blocks. */
  allowed: boolean;
}
