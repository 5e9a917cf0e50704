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
  ): Promise<DecisionOutcome>;
}

/** What became of a decision offered to {@link ApprovalStore.addDecision}. */
export type DecisionOutcome =
  | { outcome: 'recorded'; request: ApprovalRequest }
  | { outcome: 'duplicate' }
  | { outcome: 'closed'; status?: ApprovalStatus };
