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
import { Entity } from '@backstage/catalog-model';
import {
  EnforcementStage,
  GovernanceProfile,
  SbomFacts,
  PolicyEvaluation,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';

/** What a policy evaluation looks at. @public */
export interface PolicyInput {
  profile: GovernanceProfile;
  /** The catalog entity, or a draft of it (e.g. from a template form). */
  entity?: Entity;
  risk: RiskAssessment;
  /**
   * Facts derived from the app's latest SBOM (declared versus actual);
   * absent when none was submitted, e.g. for a draft.
   */
  sbom?: SbomFacts;
}

/** Options of one evaluation. @public */
export interface PolicyEvaluationOptions {
  /** `packId/ruleId` keys of rules an active exception waives for this app. */
  waivedRules?: ReadonlySet<string>;
  /** Stages to use instead of the packs' own, keyed `packId/ruleId` (dry runs). */
  stageOverrides?: ReadonlyMap<string, EnforcementStage>;
}

/** A loaded pack, as listed to users. @public */
export interface PolicyPackSummary {
  id: string;
  version: string;
  description: string;
  source: string;
  rules: Array<{
    id: string;
    title: string;
    description: string;
    severity: string;
    stage: EnforcementStage;
  }>;
}

/**
 * One rule in full, for people and AI assistants asking what it checks, why,
 * where it comes from and how to comply. @public
 */
export interface PolicyRuleDescription {
  packId: string;
  packVersion: string;
  packDescription: string;
  /** Where the pack was loaded from (its file path). */
  source: string;
  id: string;
  title: string;
  /** Why the rule exists (often citing the policy it encodes). */
  description: string;
  severity: string;
  /** The stage in force: the rule's stage, never above its severity. */
  stage: EnforcementStage;
  /** The apps the rule applies to; every app when absent. */
  appliesTo?: {
    tiers?: number[];
    kinds?: string[];
    classifications?: string[];
    lifecycles?: string[];
  };
  /** The CEL expression that is true when an app violates the rule. */
  violation: string;
  /** What a finding of the rule says. */
  message: string;
  /** How to comply. */
  remediation: string;
}

/**
 * Evaluates the configured policy packs against governance profiles.
 *
 * @public
 */
export interface PolicyEngine {
  /** The loaded packs and their rules. */
  listPacks(): PolicyPackSummary[];
  /** One loaded rule in full, or undefined when no pack holds it. */
  describeRule(
    packId: string,
    ruleId: string,
  ): PolicyRuleDescription | undefined;
  evaluate(
    input: PolicyInput,
    options?: PolicyEvaluationOptions,
  ): Promise<PolicyEvaluation>;
  /**
   * An engine in which a candidate pack (YAML text) replaces the loaded pack
   * with the same id, or joins the others; for dry runs. Throws
   * PolicyPackError when the candidate does not load.
   */
  withCandidatePack(yamlText: string): PolicyEngine;
}

/** The key of a rule across packs. @public */
export const ruleKey = (packId: string, ruleId: string) =>
  `${packId}/${ruleId}`;
