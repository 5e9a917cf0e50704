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
