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
import { ChainedAuditEvent } from '@guardrails/plugin-governance-node/audit';

/** An event to append to the audit log. */
export interface AuditEventInput {
  actor: string;
  action: string;
  entityRef?: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/** An event as stored, with its place in the hash chain. */
export type AuditEvent = ChainedAuditEvent;

/** The result of checking the whole chain. */
export interface AuditVerification {
  valid: boolean;
  checkedEvents: number;
  /** The first event whose content or link does not match. */
  firstBroken?: { seq: number; eventId: string; reason: string };
}

/** A signed statement of the chain's tip at some point. */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  signedAt: string;
  bundle: unknown;
  /** When the witness accepted it; absent until then. */
  witnessedAt?: string;
}

/** The append-only, hash-chained audit log. */
export interface AuditLogStore {
  append(event: AuditEventInput): Promise<AuditEvent>;
  list(options: {
    from?: Date;
    to?: Date;
    entityRef?: string;
    limit: number;
  }): Promise<AuditEvent[]>;
  /** Events after `afterSeq` up to `upToSeq`, oldest first, at most `limit`. */
  page(options: {
    afterSeq: number;
    upToSeq: number;
    limit: number;
  }): Promise<AuditEvent[]>;
  verify(): Promise<AuditVerification>;
  /** The chain's tip: the last event's number and hash. */
  head(): Promise<{ seq: number; hash: string }>;
  /** The stored hash of one event, if it exists. */
  hashOf(seq: number): Promise<string | undefined>;
  addCheckpoint(checkpoint: AuditCheckpoint): Promise<void>;
  listCheckpoints(): Promise<AuditCheckpoint[]>;
  /** Records that the witness holds checkpoint `seq`. */
  markWitnessed(seq: number, at: Date): Promise<void>;
  /** When event `seq` occurred, if it exists. */
  occurredAt(seq: number): Promise<string | undefined>;
}
