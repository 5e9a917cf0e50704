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
import { EvidenceSummary } from '@guardrails/plugin-governance-common';

/** An evidence bundle with its signed Sigstore bundle. */
export type StoredEvidence = EvidenceSummary & { bundle: unknown };

/** The newest version of an approval's evidence. */
export interface EvidenceVersion {
  id: string;
  version: number;
  /** How many of the app's provenance records it covers. */
  provenanceRecords: number;
}

/** A bundle to store as a version of an approval's evidence. */
export interface NewEvidence {
  entityRef: string;
  approvalId: string;
  version: number;
  provenanceRecords: number;
  bundle: object;
  createdAt: Date;
}

/** Evidence bundles: versions of each approval's evidence, insert only. */
export interface EvidenceStore {
  newestVersion(approvalId: string): Promise<EvidenceVersion | undefined>;
  /** Stores the bundle; false when that version exists already. */
  insert(evidence: NewEvidence): Promise<boolean>;
  /** Newest first. */
  listForEntity(entityRef: string): Promise<EvidenceSummary[]>;
  get(id: string): Promise<StoredEvidence | undefined>;
}
