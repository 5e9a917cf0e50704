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
  AppProvenance,
  AppRegistrationRequest,
  AppRegistrationResult,
} from '@guardrails/plugin-governance-common';

/** Who registers: the scaffolder for a user, or an app's bound CI token. */
export interface RegistrationCaller {
  credentials: BackstageCredentials;
  /** Who asserts the provenance: a user ref, or `service:<CI subject>`. */
  actor: string;
  /** The service it came through: `plugin:scaffolder` or the CI subject. */
  actingService: string;
  /**
   * `scaffolder`: the user must be allowed to own the app. `ci`: the token
   * was checked to be bound to the app.
   */
  via: 'scaffolder' | 'ci';
}

/** Registration of apps created from templates. */
export interface RegistrationService {
  /**
   * Checks that the user may own the app (scaffolder), appends a provenance
   * record (template, repository, SBOM, secret scan), evaluates the app and
   * opens its approval. The app must already be in the catalog:
   * NotFoundError until the catalog has ingested it. A refused call records
   * nothing.
   */
  register(
    request: AppRegistrationRequest,
    caller: RegistrationCaller,
  ): Promise<AppRegistrationResult>;

  /** The latest provenance record of every registered app. */
  listProvenance(): Promise<AppProvenance[]>;
}
