import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  GovernancePosture,
  GovernanceProfileInput,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';
import { GovernanceApi } from './GovernanceApi';

/**
 * Talks to the governance backend through discovery and the signed-in
 * user's fetch.
 *
 * @public
 */
export class GovernanceClient implements GovernanceApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getPosture(entityRef: string): Promise<GovernancePosture> {
    const query = new URLSearchParams({ entityRef });
    return this.request(`/posture?${query}`);
  }

  async assessProfile(
    profile: GovernanceProfileInput,
  ): Promise<RiskAssessment> {
    const { risk } = await this.request<{ risk: RiskAssessment }>(
      '/profiles/assess',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ profile }),
      },
    );
    return risk;
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('governance');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
