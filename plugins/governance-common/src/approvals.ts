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
import { ApprovalTier, ReviewerRole } from './risk/tierRequirements';

/**
 * States of an approval request. A request still open (pending or changes
 * requested) is superseded when a newer one is opened for the same app: it
 * leaves the queues and takes no more decisions.
 *
 * @public
 */
export const APPROVAL_STATUSES = [
  'pending',
  'approved',
  'auto-approved',
  'rejected',
  'changes-requested',
  'superseded',
] as const;
/** @public */
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** What a reviewer decides. @public */
export const APPROVAL_DECISIONS = [
  'approve',
  'reject',
  'request-changes',
] as const;
/** @public */
export type ApprovalDecisionKind = (typeof APPROVAL_DECISIONS)[number];

/** One role's decision, never edited or deleted. @public */
export interface ApprovalDecision {
  role: ReviewerRole;
  decision: ApprovalDecisionKind;
  comment: string;
  decidedBy: string;
  decidedAt: string;
}

/**
 * A request to approve an app at its tier, opened when it registers and
 * again when its profile changes materially.
 *
 * @public
 */
export interface ApprovalRequest {
  id: string;
  entityRef: string;
  tier: ApprovalTier;
  /** Roles that must each approve; empty for tier 0. */
  requiredRoles: ReviewerRole[];
  status: ApprovalStatus;
  /** Why the request was opened, or why it was approved automatically. */
  reason: string;
  /** Hash of the material parts of the profile the request is about. */
  materialHash: string;
  createdAt: string;
  /** When the reviewers' SLA runs out. */
  dueAt?: string;
  decisions: ApprovalDecision[];
  /** Roles whose review was delegated, and to whom (a user ref). */
  delegates: Partial<Record<ReviewerRole, string>>;
  /** Required roles that have not decided yet. */
  awaitingRoles: ReviewerRole[];
  /** The newer request of the app that replaced this one, when superseded. */
  supersededBy?: string;
  /**
   * Whether the signed-in caller may decide it now (set on the reviewer's
   * queue); when not, `notDecidableReason` says why, e.g. they own the app.
   */
  decidableByCaller?: boolean;
  notDecidableReason?: string;
}

/** May an app be promoted to production now, and why (not). @public */
export interface PromotionDecision {
  entityRef: string;
  allowed: boolean;
  reasons: string[];
}
