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
import { GovernanceProfile } from './profile/governanceProfileSchema';
import { ProfileIssue } from './profile/validateGovernanceProfile';
import { RiskAssessment } from './risk/assessRisk';
import { PolicyEvaluation } from './policy';
import { PolicyException } from './exceptions';
import { ApprovalRequest } from './approvals';
import { Attestation } from './attestations';
import { EvidenceSummary } from './evidence';
import { LifecycleState } from './lifecycle';
import { AppSbomFacts } from './sbom/deriveSbomFacts';

/** The risk posture of one catalog entity, as the governance API returns it. @public */
export interface GovernancePosture {
  entityRef: string;
  title?: string;
  /** The entity's `spec.owner`, the accountable owner of the app. */
  owner?: string;
  /** Whether the entity declares a governance profile at all. */
  governed: boolean;
  validation: { valid: boolean; issues: ProfileIssue[] };
  profile?: GovernanceProfile;
  risk?: RiskAssessment;
  /** Findings of the configured policy packs. */
  policy?: PolicyEvaluation;
  /** The latest approval request of the app. */
  approval?: ApprovalRequest;
  /** Attestation tasks of the app, newest first. */
  attestations?: Attestation[];
  /** Non-compliant while an attestation is overdue. */
  compliance?: { compliant: boolean; reasons: string[] };
  /** Signed evidence bundles, one per approval, newest first. */
  evidence?: EvidenceSummary[];
  /** Exceptions requested or granted for this app, newest first. */
  exceptions?: PolicyException[];
  retirement?: { date: string; daysLeft: number };
  /**
   * Integrations found in the app's latest SBOM (declared versus actual),
   * when one was submitted.
   */
  sbom?: AppSbomFacts;
  lifecycle?: {
    state: LifecycleState;
    registeredAt: string;
    /** Why the app is in this state, when a person or a rule moved it. */
    reason?: string;
    lastActivityAt?: string;
  };
  evaluatedAt: string;
}
