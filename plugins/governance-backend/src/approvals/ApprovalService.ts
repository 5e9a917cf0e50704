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
import {
  ApprovalDecisionKind,
  ApprovalRequest,
  GovernanceProfile,
  ReviewerRole,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';

/** Approval requests by tier: opening, deciding, queues. */
export interface ApprovalService {
  /**
   * Opens a request when the app is new or its profile changed materially
   * (tier, classification, integrations, scopes); approves tier 0 at once.
   * Returns the app's current request.
   */
  reconcile(
    entityRef: string,
    profile: GovernanceProfile,
    risk: RiskAssessment,
  ): Promise<ApprovalRequest>;
  decide(
    requestId: string,
    decision: {
      role: ReviewerRole;
      decision: ApprovalDecisionKind;
      comment: string;
    },
    options: { credentials: BackstageCredentials; actor: string },
  ): Promise<ApprovalRequest>;
  /** Hands one role's review to another member of that role. */
  delegate(
    requestId: string,
    delegation: { role: ReviewerRole; to: string },
    options: { credentials: BackstageCredentials; actor: string },
  ): Promise<ApprovalRequest>;
  /**
   * Pending requests waiting on a role the user holds, by SLA due time, each
   * saying whether the user may decide it and why not.
   */
  queueFor(credentials: BackstageCredentials): Promise<ApprovalRequest[]>;
  /**
   * The request with `decidableByCaller` and `notDecidableReason` set for
   * the caller (separation of duties, roles held, delegation, status).
   */
  decidabilityFor(
    request: ApprovalRequest,
    credentials: BackstageCredentials,
  ): Promise<ApprovalRequest>;
  /**
   * The owner sends a changes-requested request back to the reviewers: a new
   * pending request with a fresh SLA supersedes it.
   */
  resubmit(
    requestId: string,
    comment: string,
    options: { credentials: BackstageCredentials; actor: string },
  ): Promise<ApprovalRequest>;
  /** The reviewer roles the caller holds, directly or through groups. */
  reviewerRolesOf(credentials: BackstageCredentials): Promise<ReviewerRole[]>;
  latestForEntity(entityRef: string): Promise<ApprovalRequest | undefined>;
  /**
   * Reminds the reviewers of requests three quarters through their SLA and
   * tells the reviewers and admins about requests past it.
   */
  remindAndEscalate(): Promise<{ reminded: number; escalated: number }>;
}
