import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  AppRegistrationRequest,
  AppRegistrationResult,
} from '@guardrails/plugin-governance-common';
import { GovernanceRegistryService } from './GovernanceRegistryService';

/**
 * Calls the governance backend over HTTP, found through discovery, with a
 * plugin-to-plugin token on behalf of the caller.
 *
 * @public
 */
export class DefaultGovernanceRegistryService
  implements GovernanceRegistryService
{
  constructor(
    private readonly options: {
      discovery: DiscoveryService;
      auth: AuthService;
    },
  ) {}

  async registerApp(
    request: AppRegistrationRequest,
    { credentials }: { credentials: BackstageCredentials },
  ): Promise<AppRegistrationResult> {
    const baseUrl = await this.options.discovery.getBaseUrl('governance');
    const { token } = await this.options.auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: 'governance',
    });
    const response = await fetch(`${baseUrl}/apps/register`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(request),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as AppRegistrationResult;
  }
}
