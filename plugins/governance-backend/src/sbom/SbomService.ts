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
  CycloneDxBomLike,
  PolicyFinding,
  SbomIntegrationFact,
} from '@guardrails/plugin-governance-common';
import { RegistrationCaller } from '../registration/RegistrationService';

/** A CycloneDX SBOM submitted for an app. */
export interface SbomSubmission {
  entityRef: string;
  /** `metadata.timestamp`: when the SBOM was made (ISO 8601), if it says. */
  bom: CycloneDxBomLike & { metadata?: { timestamp?: string } };
}

/** What a submission recorded, and what governance now says of the app. */
export interface SbomReceipt {
  entityRef: string;
  sbomSha256: string;
  componentCount: number;
  mappingVersion: string;
  /** Every integration found in the SBOM. */
  integrations: SbomIntegrationFact[];
  /** Packages of the integrations the profile does not declare. */
  undeclared: string[];
  /** Findings of the declared-versus-actual rules after the evaluation. */
  findings: PolicyFinding[];
  /** False when any finding of the app blocks it. */
  allowed: boolean;
}

/** Declared versus actual: SBOMs of apps and the facts derived from them. */
export interface SbomService {
  /**
   * Derives the facts of an app's SBOM, records them with one audit event
   * and evaluates the app again, so its stored posture, approval and
   * promotion gate reflect them. The caller was checked to be the app's
   * CI or the scaffolder for the app's owner; a refused call records
   * nothing. An SBOM made before the app's latest one is refused
   * (ConflictError), and the audit event names the integrations the
   * previous SBOM had and this one no longer has.
   */
  submit(
    submission: SbomSubmission,
    caller: RegistrationCaller,
  ): Promise<SbomReceipt>;
}
