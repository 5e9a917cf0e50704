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
import { AuditCheckpointRecord } from '@guardrails/plugin-governance-node/audit';

/** A signed checkpoint as the witness keeps it. */
export type WitnessedCheckpoint = AuditCheckpointRecord;

/**
 * An append-only copy of the signed checkpoints outside the database, so
 * that whoever controls the database cannot also rewrite what was signed:
 * a directory (write-once files) or a git repository (a commit each).
 */
export interface AuditWitness {
  /** directory or git. */
  kind: 'directory' | 'git';
  /** Where it is: the directory, or the repository URL and branch. */
  location: string;
  /** Adds one checkpoint; publishing the same one again is a no-op. */
  publish(checkpoint: WitnessedCheckpoint): Promise<void>;
  /** Every checkpoint the witness holds, oldest first. */
  list(): Promise<WitnessedCheckpoint[]>;
}
