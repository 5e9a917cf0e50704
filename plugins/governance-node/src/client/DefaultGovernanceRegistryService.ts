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
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  AppRegistrationRequest,
  AppRegistrationResult,
  GovernanceApiClient,
  GovernanceApiModels,
} from '@guardrails/plugin-governance-common';
import { GovernanceRegistryService } from './GovernanceRegistryService';

/**
 * Calls the governance backend over HTTP, found through discovery, with a
 * plugin-to-plugin token on behalf of the caller; the client is the one
 * generated from the backend's OpenAPI spec.
 *
 * @public
 */
export class DefaultGovernanceRegistryService
  implements GovernanceRegistryService
{
  private readonly api: GovernanceApiClient;

  constructor(
    private readonly options: {
      discovery: DiscoveryService;
      auth: AuthService;
    },
  ) {
    this.api = new GovernanceApiClient({
      discoveryApi: options.discovery,
      fetchApi: { fetch },
    });
  }

  async registerApp(
    request: AppRegistrationRequest,
    { credentials }: { credentials: BackstageCredentials },
  ): Promise<AppRegistrationResult> {
    const { token } = await this.options.auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: 'governance',
    });
    const response = await this.api.registerApp({ body: request }, { token });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response as Response);
    }
    return response.json();
  }

  async recordCheckOutcome(
    report: GovernanceApiModels.CheckOutcomeReport,
    { credentials }: { credentials: BackstageCredentials },
  ): Promise<GovernanceApiModels.CheckOutcomeReceipt> {
    const { token } = await this.options.auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: 'governance',
    });
    const response = await this.api.recordCheckOutcome(
      { body: report },
      { token },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response as Response);
    }
    return response.json();
  }

  async submitSbom(
    submission: GovernanceApiModels.SbomSubmission,
    { credentials }: { credentials: BackstageCredentials },
  ): Promise<GovernanceApiModels.SbomReceipt> {
    const { token } = await this.options.auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: 'governance',
    });
    const response = await this.api.submitAppSbom(
      { body: submission },
      { token },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response as Response);
    }
    return response.json();
  }
}
