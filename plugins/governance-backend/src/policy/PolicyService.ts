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
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  EnforcementStage,
  PolicyEvaluation,
  PolicyFinding,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';
import {
  PolicyPackSummary,
  PolicyRuleDescription,
} from '@guardrails/plugin-governance-node';

/** A dry run: a candidate pack, and/or rules with a changed stage. */
export interface DryRunRequest {
  packYaml?: string;
  stageOverrides?: Array<{
    packId: string;
    ruleId: string;
    stage: EnforcementStage;
  }>;
}

/** Which governed apps a change would newly block. */
export interface DryRunResult {
  evaluatedApps: number;
  /** Apps skipped because their profile does not validate. */
  invalidProfiles: number;
  counts: { newlyFailing: number; stillFailing: number; passing: number };
  newlyFailing: Array<{
    entityRef: string;
    title: string;
    owner?: string;
    /** The blocking findings the change introduces. */
    findings: PolicyFinding[];
  }>;
}

/** Policy evaluation for profiles, packs and dry runs. */
export interface PolicyService {
  listPacks(): PolicyPackSummary[];
  /**
   * One loaded rule in full. Without `packId`, the one pack holding the
   * rule; NotFoundError when none does, InputError when several do.
   */
  explainRule(ruleId: string, packId?: string): PolicyRuleDescription;
  /** Risk and findings of a profile that is not (yet) in the catalog. */
  evaluateProfile(
    rawProfile: unknown,
    entity?: Entity,
  ): Promise<{ risk: RiskAssessment; policy: PolicyEvaluation }>;
  dryRun(
    request: DryRunRequest,
    options: { credentials: BackstageCredentials },
  ): Promise<DryRunResult>;
}
