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
import { ResponseError } from '@backstage/errors';
import {
  AppRegistrationRequest,
  AppRegistrationResult,
  GovernanceApiModels,
} from '@guardrails/plugin-governance-common';
import { GovernanceRegistryService } from '@guardrails/plugin-governance-node';

/**
 * Stands in for the governance backend (its HTTP client is tested against
 * the real backend in governance-backend): answers 404 until the catalog
 * "ingests" the app after a given number of calls.
 */
export class InMemoryRegistry implements GovernanceRegistryService {
  requests: AppRegistrationRequest[] = [];
  outcomes: GovernanceApiModels.CheckOutcomeReport[] = [];
  sboms: GovernanceApiModels.SbomSubmission[] = [];
  /** When set, submitSbom rejects with it (and records nothing). */
  sbomError?: Error;
  constructor(private readonly notFoundCalls = 0) {}

  async registerApp(
    request: AppRegistrationRequest,
  ): Promise<AppRegistrationResult> {
    this.requests.push(request);
    if (this.requests.length <= this.notFoundCalls) {
      const body = {
        error: { name: 'NotFoundError', message: 'not in the catalog yet' },
        request: { method: 'POST', url: '/apps/register' },
        response: { statusCode: 404 },
      };
      throw await ResponseError.fromResponse(
        new Response(JSON.stringify(body), {
          status: 404,
          headers: { 'Content-Type': 'application/json' },
        }) as any,
      );
    }
    return {
      entityRef: request.entityRef,
      tier: 0,
      riskLevel: 'low',
      score: 1,
      approvalId: 'approval-1',
      approvalStatus: 'auto-approved',
    };
  }

  async recordCheckOutcome(report: GovernanceApiModels.CheckOutcomeReport) {
    this.outcomes.push(report);
    return { id: `outcome-${this.outcomes.length}`, securityEvent: false };
  }

  async submitSbom(
    submission: GovernanceApiModels.SbomSubmission,
  ): Promise<GovernanceApiModels.SbomReceipt> {
    if (this.sbomError) throw this.sbomError;
    this.sboms.push(submission);
    return {
      entityRef: submission.entityRef,
      sbomSha256: 'a'.repeat(64),
      componentCount: 0,
      mappingVersion: '1',
      integrations: [],
      undeclared: [],
      findings: [],
      allowed: true,
    };
  }
}
