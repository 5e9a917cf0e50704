import { ResponseError } from '@backstage/errors';
import {
  AppRegistrationRequest,
  AppRegistrationResult,
} from '@guardrails/plugin-governance-common';
import { GovernanceRegistryService } from '@guardrails/plugin-governance-node';

/**
 * Stands in for the governance backend (its HTTP client is tested against
 * the real backend in governance-backend): answers 404 until the catalog
 * "ingests" the app after a given number of calls.
 */
export class InMemoryRegistry implements GovernanceRegistryService {
  requests: AppRegistrationRequest[] = [];
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
}
