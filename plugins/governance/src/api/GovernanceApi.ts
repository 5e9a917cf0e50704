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
import { createApiRef } from '@backstage/core-plugin-api';
import {
  ApprovalDecisionKind,
  ApprovalRequest,
  Attestation,
  AttestationAnswers,
  ExceptionRequest,
  GovernanceApiModels,
  GovernanceDashboard,
  PolicyException,
  ReviewerRole,
  EvidenceVerification,
  GovernancePosture,
  GovernanceProfileInput,
  PolicyEvaluation,
  ProfileIssue,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';

/** The governance program's KPIs, goals, trends and ROI. @public */
export type GovernanceKpiReport = GovernanceApiModels.GovernanceKpiReport;
/** One KPI with its goal, status and 13-month trend. @public */
export type GovernanceKpi = GovernanceApiModels.GovernanceKpi;
/** The program's return on investment. @public */
export type ProgramRoi = GovernanceApiModels.ProgramRoi;
/** One app's claimed value, cost and net benefit. @public */
export type AppValue = GovernanceApiModels.AppValue;

/** The reviewer's approval queue. @public */
export interface ApprovalQueue {
  items: ApprovalRequest[];
  /** Reviewer roles the signed-in user holds. */
  roles: ReviewerRole[];
}

/**
 * An entity the catalog would not ingest because its governance profile is
 * invalid.
 *
 * @public
 */
export interface ProfileError {
  entityRef: string;
  owner?: string;
  /** Where the entity was read from, e.g. a catalog-info.yaml URL. */
  location?: string;
  issues: ProfileIssue[];
}

/**
 * Client of the Guardrails governance backend.
 *
 * @public
 */
export interface GovernanceApi {
  /** The risk posture of one catalog entity. */
  getPosture(entityRef: string): Promise<GovernancePosture>;
  /** Risk and policy findings of a profile that is not in the catalog yet. */
  evaluateProfile(
    profile: GovernanceProfileInput,
    /** The app to be, for rules about its owner, name or lifecycle. */
    entity?: Entity,
  ): Promise<{ risk: RiskAssessment; policy: PolicyEvaluation }>;
  /** Submits the owner's answers to an open attestation. */
  submitAttestation(
    id: string,
    answers: AttestationAnswers,
  ): Promise<Attestation>;
  /** Open attestations of the apps the signed-in user owns. */
  getMyAttestations(): Promise<Attestation[]>;
  /** Checks the signature of an evidence bundle. */
  verifyEvidence(id: string): Promise<EvidenceVerification>;
  /** The signed evidence bundle (Sigstore bundle JSON). */
  downloadEvidence(id: string): Promise<Blob>;
  /** Entities whose catalog processing failed on their governance profile. */
  getProfileErrors(): Promise<ProfileError[]>;
  /** Requests waiting on the signed-in reviewer, and the roles they hold. */
  getApprovalQueue(): Promise<ApprovalQueue>;
  /** Records the signed-in reviewer's decision for one of their roles. */
  decideApproval(
    id: string,
    decision: {
      role: ReviewerRole;
      decision: ApprovalDecisionKind;
      comment: string;
    },
  ): Promise<ApprovalRequest>;
  /**
   * The app's owner sends a changes-requested request back to the
   * reviewers, saying what changed; answers the new pending request.
   */
  resubmitApproval(
    id: string,
    resubmission: { comment: string },
  ): Promise<ApprovalRequest>;
  /** Hands one role's review to another member of that role. */
  delegateApproval(
    id: string,
    delegation: { role: ReviewerRole; to: string },
  ): Promise<ApprovalRequest>;
  /** An owner asks to waive a rule for their app for a while. */
  requestException(request: ExceptionRequest): Promise<PolicyException>;
  /** Security or admins grant or deny a requested exception. */
  decideException(
    id: string,
    decision: { decision: 'grant' | 'deny'; comment?: string },
  ): Promise<PolicyException>;
  /** Organisation-wide figures for the platform team. */
  getDashboard(): Promise<GovernanceDashboard>;
  /** The governance program's KPIs, their goals and trends, and its ROI. */
  getKpis(): Promise<GovernanceKpiReport>;
  /** Every KPI by month (up to 13), as a CSV or JSON file. */
  exportKpis(format: 'csv' | 'json', months?: number): Promise<Blob>;
  /** One app's claimed value, cost and net benefit per year. */
  getAppValue(entityRef: string): Promise<AppValue>;
  /** The app registry or the audit log as a CSV file. */
  downloadCsv(what: 'registry' | 'audit'): Promise<Blob>;
  /** Keep (owners), quarantine, retire or reinstate (admins) an app. */
  changeLifecycle(change: {
    entityRef: string;
    action: 'keep' | 'quarantine' | 'retire' | 'reinstate';
    justification: string;
  }): Promise<{ state: string }>;
}

/** @public */
export const governanceApiRef = createApiRef<GovernanceApi>({
  id: 'plugin.governance.service',
});
