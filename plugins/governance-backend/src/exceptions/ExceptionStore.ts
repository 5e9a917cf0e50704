import {
  ExceptionRequest,
  ExceptionStatus,
  PolicyException,
} from '@guardrails/plugin-governance-common';

/** A new exception request. */
export interface NewException extends ExceptionRequest {
  requestedBy: string;
  requestedAt: Date;
}

/** A decision on a request. */
export interface ExceptionDecision {
  status: Exclude<ExceptionStatus, 'requested'>;
  decidedBy: string;
  decidedAt: Date;
  comment?: string;
  expiresAt?: Date;
}

/** Persistence of exceptions. */
export interface ExceptionStore {
  create(request: NewException): Promise<PolicyException>;
  get(id: string, now: Date): Promise<PolicyException | undefined>;
  /**
   * Records the decision if the request is still open; returns undefined
   * when it was decided already (one decision only).
   */
  decide(
    id: string,
    decision: ExceptionDecision,
    now: Date,
  ): Promise<PolicyException | undefined>;
  listForEntity(entityRef: string, now: Date): Promise<PolicyException[]>;
}
