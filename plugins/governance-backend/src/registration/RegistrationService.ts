import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  AppProvenance,
  AppRegistrationRequest,
  AppRegistrationResult,
} from '@guardrails/plugin-governance-common';

/** Registration of apps created from templates. */
export interface RegistrationService {
  /**
   * Records how the app was created (template, repository, SBOM, secret
   * scan), evaluates it and opens its approval. The app must already be in
   * the catalog: NotFoundError until the catalog has ingested it.
   */
  register(
    request: AppRegistrationRequest,
    options: { credentials: BackstageCredentials; actor: string },
  ): Promise<AppRegistrationResult>;

  /** Creation records of every app registered by a template. */
  listProvenance(): Promise<AppProvenance[]>;
}
