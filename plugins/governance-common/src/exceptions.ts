/** States of an exception (waiver) request. @public */
export const EXCEPTION_STATUSES = ['requested', 'granted', 'denied'] as const;
/** @public */
export type ExceptionStatus = (typeof EXCEPTION_STATUSES)[number];

/**
 * An exception for one policy rule on one app. While granted and not
 * expired, the rule's finding on that app is waived: shown, but not blocking.
 *
 * @public
 */
export interface PolicyException extends ExceptionRequest {
  id: string;
  status: ExceptionStatus;
  requestedBy: string;
  requestedAt: string;
  decidedBy?: string;
  decidedAt?: string;
  decisionComment?: string;
  /** Set when granted. */
  expiresAt?: string;
  /** Granted and not yet expired. */
  active: boolean;
}

/** Body of POST /exceptions: an owner's request to waive a rule. @public */
export interface ExceptionRequest {
  entityRef: string;
  packId: string;
  ruleId: string;
  /** Why the rule cannot be met yet (at least 20 characters). */
  justification: string;
  /** What reduces the risk meanwhile. */
  compensatingControls: string;
  /** Days the exception should last once granted. */
  requestedDays: number;
}
