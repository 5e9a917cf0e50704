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
import { ApprovalStatus } from './approvals';
import { RiskLevel } from './risk/assessRisk';

/** Summary of the CycloneDX SBOM generated for a new app. @public */
export interface SbomSummary {
  format: 'CycloneDX';
  specVersion: string;
  /** Components listed in the SBOM. */
  componentCount: number;
  /** sha256 of the SBOM document as written to the repository. */
  sha256: string;
  /** Where the SBOM lives in the repository, e.g. sbom.cdx.json. */
  path: string;
}

/** Result of the secret scan run on a new app's files. @public */
export interface SecretScanSummary {
  tool: string;
  filesScanned: number;
  /** Findings; registration only happens when this is 0. */
  findings: number;
}

/** Body of POST /apps/register. @public */
export interface AppRegistrationRequest {
  entityRef: string;
  templateRef?: string;
  taskId?: string;
  repoUrl?: string;
  sbom?: SbomSummary;
  secretScan?: SecretScanSummary;
}

/**
 * How an app was created or last rebuilt, recorded when the scaffolder (on
 * behalf of a user) or the app's CI registers it. Records are kept as
 * append-only history; the latest one is the app's provenance.
 *
 * @public
 */
export interface AppProvenance extends AppRegistrationRequest {
  /** Who asserted it: a user ref, or `service:<CI token subject>`. */
  registeredBy: string;
  /** The service it came through: `plugin:scaffolder` or the CI subject. */
  actingService?: string;
  registeredAt: string;
}

/** Answer of POST /apps/register. @public */
export interface AppRegistrationResult {
  entityRef: string;
  tier: number;
  riskLevel: RiskLevel;
  score: number;
  approvalId?: string;
  approvalStatus: ApprovalStatus;
}
