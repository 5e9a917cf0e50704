import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  EnforcementStage,
  PolicyEvaluation,
  PolicyFinding,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';
import { PolicyPackSummary } from '@guardrails/plugin-governance-node';

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
