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
import { GovernancePosture } from '@guardrails/plugin-governance-common';

/**
 * The risk posture of catalog entities. Evaluation (registration, catalog
 * change events, the reconciliation) stores it with the app; reads serve what is stored and never write.
 */
export interface PostureService {
  /**
   * The stored posture of one entity with its live parts (approval,
   * exceptions, attestations, evidence, lifecycle). Writes nothing.
   * NotFoundError when the entity does not exist, the caller may not read
   * it in the catalog, or it has not been evaluated yet.
   */
  getPosture(
    entityRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<GovernancePosture>;

  /**
   * Evaluates one entity now, read with the caller's credentials, stores
   * the result and opens or refreshes its approval request (registration).
   */
  evaluate(
    entityRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<GovernancePosture>;
}
