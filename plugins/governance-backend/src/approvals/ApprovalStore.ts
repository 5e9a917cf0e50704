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
  ApprovalDecision,
  ApprovalRequest,
  ApprovalStatus,
  ApprovalTier,
  ReviewerRole,
} from '@guardrails/plugin-governance-common';

/** A request to open. */
export interface NewApprovalRequest {
  entityRef: string;
  materialHash: string;
  tier: ApprovalTier;
  requiredRoles: ReviewerRole[];
  status: Extract<ApprovalStatus, 'pending' | 'auto-approved'>;
  reason: string;
  createdAt: Date;
  dueAt?: Date;
}

/** Persistence of approval requests and decisions. */
export interface ApprovalStore {
  /**
   * Opens a request unless the app's latest request is about the same
   * material profile; returns the latest request and whether it is new.
   * A new request supersedes the app's older open ones.
   */
  openIfChanged(
    request: NewApprovalRequest,
  ): Promise<{ request: ApprovalRequest; opened: boolean }>;
  get(id: string): Promise<ApprovalRequest | undefined>;
  latestForEntity(entityRef: string): Promise<ApprovalRequest | undefined>;
  listPending(): Promise<ApprovalRequest[]>;
  /**
   * Marks the reminder or escalation of a request as sent; false when it was
   * sent already (another instance got there first).
   */
  markSla(
    requestId: string,
    kind: 'reminded' | 'escalated',
    at: Date,
  ): Promise<boolean>;
  addDelegation(delegation: {
    requestId: string;
    role: ReviewerRole;
    delegatedBy: string;
    delegatedTo: string;
    delegatedAt: Date;
  }): Promise<void>;
  /**
   * Records one role's decision on a pending request and the request's
   * resulting status. `duplicate` when that role has decided already,
   * `closed` when the request no longer takes decisions (decided, or
   * superseded by a newer request).
   */
  addDecision(
    requestId: string,
    decision: ApprovalDecision,
    options?: {
      /**
       * Separation of duties: `same-person` when the decider already decided
       * another role on the request (checked under the request's lock, so
       * two decisions at once cannot both pass).
       */
      oneRolePerPerson?: boolean;
    },
  ): Promise<DecisionOutcome>;
  /**
   * Opens a new pending request in place of a changes-requested one (the
   * app's latest), which becomes superseded by it; same profile, tier and
   * roles, fresh decisions and SLA. Undefined when the old request is no
   * longer the app's latest changes-requested request.
   */
  resubmit(
    requestId: string,
    next: { reason: string; createdAt: Date; dueAt?: Date },
  ): Promise<ApprovalRequest | undefined>;
}

/** What became of a decision offered to {@link ApprovalStore.addDecision}. */
export type DecisionOutcome =
  | { outcome: 'recorded'; request: ApprovalRequest }
  | { outcome: 'duplicate' }
  | { outcome: 'same-person'; role: ReviewerRole }
  | { outcome: 'closed'; status?: ApprovalStatus };
