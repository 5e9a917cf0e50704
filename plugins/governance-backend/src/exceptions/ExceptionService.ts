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
    options: { credentials: BackstageCredentials; actor: string },
  ): Promise<PolicyException>;
  listForEntity(entityRef: string): Promise<PolicyException[]>;
  /** `packId/ruleId` keys of the rules an active exception waives for an app. */
  activeWaivers(entityRef: string): Promise<Set<string>>;
}
