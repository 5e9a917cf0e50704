import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  AppRegistrationRequest,
  AppRegistrationResult,
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
}
