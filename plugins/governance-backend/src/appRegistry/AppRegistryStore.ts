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
import {
  AppSbomFacts,
  GovernanceProfile,
  LifecycleState,
  PolicyEvaluation,
  ProfileIssue,
  RiskAssessment,
  RiskLevel,
} from '@guardrails/plugin-governance-common';

/**
 * The evaluation of an app as stored with it: what reads serve without
 * evaluating again. Policy findings are stored before any exception waives
 * them; readers apply the exceptions active at the time of reading.
 */
export interface StoredPosture {
  validation: { valid: boolean; issues: ProfileIssue[] };
  profile?: GovernanceProfile;
  risk?: RiskAssessment;
  policy?: PolicyEvaluation;
  /** The facts of the app's latest SBOM the policies saw, if any. */
  sbom?: AppSbomFacts;
}

/** One governed app as the registry keeps it. */
export interface RegisteredApp {
  entityRef: string;
  lifecycleState: LifecycleState;
  riskScore?: number;
  riskLevel?: RiskLevel;
  approvalTier?: number;
  dataClassification?: string;
  ownerRef?: string;
  profileHash?: string;
  title?: string;
  /** Policy packs of the stored evaluation, e.g. `guardrails-default@1.0.0`. */
  packVersions?: string;
  postureHash?: string;
  /** {@link EvaluationDigests} of the stored evaluation's inputs. */
  entityDigest?: string;
  modelDigest?: string;
  retirementDate?: string;
  /** The stored evaluation; only {@link AppRegistryStore.getApp} reads it. */
  posture?: StoredPosture;
  registeredAt: Date;
  evaluatedAt: Date;
  lastActivityAt?: Date;
  lifecycleReason?: string;
  keepUntil?: Date;
  inactivityWarnedAt?: Date;
}

/**
 * The latest evaluation of an app, as the posture service records it. The
 * risk fields are absent when the profile is invalid.
 */
export interface AppSnapshot {
  entityRef: string;
  riskScore?: number;
  riskLevel?: RiskLevel;
  approvalTier?: number;
  dataClassification?: string;
  ownerRef?: string;
  profileHash?: string;
  title?: string;
  packVersions?: string;
  posture?: StoredPosture;
  postureHash?: string;
  entityDigest?: string;
  modelDigest?: string;
  retirementDate?: string;
  evaluatedAt: Date;
}

/**
 * What an app's stored evaluation was computed from: the entity's
 * governance fields with the app's latest SBOM (see evaluationInputDigest)
 * and the model (risk weights, policy packs and settings, day). Equal
 * digests and a stored posture: nothing to evaluate.
 */
export interface EvaluationDigests {
  entityDigest?: string;
  modelDigest?: string;
  postureHash?: string;
}

/** Persistence of the app registry. */
export interface AppRegistryStore {
  /**
   * Records the latest snapshot of an app, registering it on first sight.
   * Keeps the registration time and lifecycle state of a known app, and
   * the stored posture when the snapshot carries none.
   */
  recordSnapshot(snapshot: AppSnapshot): Promise<RegisteredApp>;
  /**
   * Records many snapshots in one transaction (the reconciliation's batch):
   * a snapshot whose posture hash is stored already only updates the
   * digests, so the app's posture and evaluation time stay as they were.
   */
  recordSnapshots(snapshots: AppSnapshot[]): Promise<void>;
  /** The stored digests of the given apps; unknown apps are absent. */
  getEvaluationDigests(
    entityRefs: string[],
  ): Promise<Map<string, EvaluationDigests>>;
  getApp(entityRef: string): Promise<RegisteredApp | undefined>;
  /**
   * Compare-and-set of an app's lifecycle state: moves it to `next` only if
   * it is still in `expected`. False when another caller moved it first (or
   * the app is unknown); the caller re-reads and decides again.
   */
  transitionLifecycleState(
    entityRef: string,
    change: {
      expected: LifecycleState;
      next: LifecycleState;
      reason?: string;
      keepUntil?: Date;
    },
  ): Promise<boolean>;
  /**
   * Records use of the app, which also ends an idle spell's warning:
   * `first-today` for the app's first use on the UTC day of `at` (of two at
   * once, exactly one), `again` for a later one, `unknown` for no such app.
   */
  recordActivity(
    entityRef: string,
    at: Date,
  ): Promise<'first-today' | 'again' | 'unknown'>;
  /** Marks the idle warning as sent; false when it was sent already. */
  markInactivityWarned(entityRef: string, at: Date): Promise<boolean>;
  listApps(): Promise<RegisteredApp[]>;
}
