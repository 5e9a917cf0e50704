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
  AppRegistrationRequest,
  AppRegistrationResult,
  GovernanceApiModels,
} from '@guardrails/plugin-governance-common';

/**
 * The governance backend as other backend plugins and modules see it, for
 * example the scaffolder's register action.
 *
 * @public
 */
export interface GovernanceRegistryService {
  /**
   * Registers an app created from a template with the governance backend.
   * Rejects with a NotFoundError while the catalog has not ingested it yet.
   */
  registerApp(
    request: AppRegistrationRequest,
    options: { credentials: BackstageCredentials },
  ): Promise<AppRegistrationResult>;

  /**
   * Records the outcome of a governance check of a template run, failures
   * included, on behalf of the user running it. Rule ids and counts only:
   * never a secret value.
   */
  recordCheckOutcome(
    report: GovernanceApiModels.CheckOutcomeReport,
    options: { credentials: BackstageCredentials },
  ): Promise<GovernanceApiModels.CheckOutcomeReceipt>;

  /**
   * Submits the CycloneDX SBOM of a registered app on behalf of the user
   * running its template (who must be allowed to own it), so governance
   * compares what its code uses with its profile from the start.
   */
  submitSbom(
    submission: GovernanceApiModels.SbomSubmission,
    options: { credentials: BackstageCredentials },
  ): Promise<GovernanceApiModels.SbomReceipt>;
}
