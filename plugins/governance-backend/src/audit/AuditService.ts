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
import { AuditExportLine } from '@guardrails/plugin-governance-node/audit';
import { AuditEvent, AuditVerification } from './AuditLogStore';
import { AuditCompleteness } from './DatabaseAuditCompleteness';

/** Which audit events to export. */
export interface AuditEventQuery {
  from?: Date;
  to?: Date;
  entityRef?: string;
  limit: number;
}

/** The chain check plus the signed checkpoints' check. */
export interface AuditLogVerification extends AuditVerification {
  checkpoints: {
    checked: number;
    valid: boolean;
    /** The first checkpoint whose signature or hash does not hold. */
    firstBroken?: { seq: number; reason: string };
  };
}

/** A checkpoint as verify reports it. */
export interface CheckpointSummary {
  seq: number;
  hash: string;
  signedAt: string;
  keyId?: string;
  /** Seconds between its signing and the verification. */
  ageSeconds: number;
}

/** What the witness outside the database holds, checked against the log. */
export interface WitnessVerification {
  /** false when no witness is configured (checkpoints live only in the database). */
  configured: boolean;
  kind?: 'directory' | 'git';
  location?: string;
  /** Checkpoints the witness holds. */
  checked: number;
  valid: boolean;
  /** The first witnessed checkpoint the database contradicts. */
  firstBroken?: { seq: number; reason: string };
  newest?: CheckpointSummary;
}

/** The full audit check: chain, checkpoints, witness and coverage. */
export interface AuditLogVerificationReport extends AuditLogVerification {
  /** The chain's tip as the database records it. */
  head: { seq: number; hash: string };
  /** The last event the checks vouch for (0 when none). */
  verifiedUpTo: number;
  /** The newest signed checkpoint in the database. */
  newestCheckpoint?: CheckpointSummary;
  witness: WitnessVerification;
  /**
   * Events after the newest witnessed checkpoint (after the newest
   * checkpoint when there is no witness): nothing outside the database
   * vouches for them yet.
   */
  uncoveredEvents: number;
  /** When the oldest uncovered event occurred. */
  oldestUncoveredAt?: string;
  /** The bound on uncovered events' age, in minutes. */
  uncoveredBoundMinutes: number;
  /** Problems short of tampering: stale coverage, no witness, unwitnessed checkpoints. */
  warnings: string[];
  /** Whether every change the governance tables record has its event. */
  completeness?: AuditCompleteness;
}

/** Reading, verifying and checkpointing the governance audit log. */
export interface AuditService {
  /** Events for export, filtered by time and app. */
  listEvents(query: AuditEventQuery): Promise<AuditEvent[]>;
  /**
   * Signs the current tip unless it is signed already, and publishes every
   * checkpoint the witness does not hold yet; returns the new checkpoint's
   * number.
   */
  checkpoint(): Promise<number | undefined>;
  /**
   * The whole chain for offline verification, line by line: a header with
   * the head, the checkpoints up to it, every event up to it (read from the
   * database a page at a time) and an end line with the counts.
   */
  exportLog(): AsyncIterable<AuditExportLine>;
  /** Checks the hash chain, every signed checkpoint and the witness. */
  verify(): Promise<AuditLogVerificationReport>;
}
