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
