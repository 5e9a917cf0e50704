import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ExceptionRequest,
  PolicyException,
} from '@guardrails/plugin-governance-common';

export type { ExceptionRequest } from '@guardrails/plugin-governance-common';

/** A reviewer's decision on a request. */
export interface ExceptionDecisionRequest {
  decision: 'grant' | 'deny';
  comment?: string;
  /** Days the grant lasts; defaults to the requested days. */
  days?: number;
}

/** Requests, decisions and lookups of policy exceptions. */
export interface ExceptionService {
  request(
    request: ExceptionRequest,
    options: { credentials: BackstageCredentials; actor: string },
  ): Promise<PolicyException>;
  decide(
    id: string,
    decision: ExceptionDecisionRequest,
    options: { actor: string },
  ): Promise<PolicyException>;
  listForEntity(entityRef: string): Promise<PolicyException[]>;
  /** `packId/ruleId` keys of the rules an active exception waives for an app. */
  activeWaivers(entityRef: string): Promise<Set<string>>;
}
