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
  /** Pending requests waiting on a role the user holds, by SLA due time. */
  queueFor(credentials: BackstageCredentials): Promise<ApprovalRequest[]>;
  /** The reviewer roles the caller holds, directly or through groups. */
  reviewerRolesOf(credentials: BackstageCredentials): Promise<ReviewerRole[]>;
  latestForEntity(entityRef: string): Promise<ApprovalRequest | undefined>;
  /**
   * Reminds the reviewers of requests three quarters through their SLA and
   * tells the reviewers and admins about requests past it.
   */
  remindAndEscalate(): Promise<{ reminded: number; escalated: number }>;
}
