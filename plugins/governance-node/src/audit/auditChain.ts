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
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * The hash before the first event of the audit chain.
 *
 * @public
 */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/**
 * The fields of an audit event that its hash covers.
 *
 * @public
 */
export interface HashedAuditEventFields {
  seq: number;
  eventId: string;
  occurredAt: string;
  actor: string;
  action: string;
  entityRef?: string;
  payload: Record<string, unknown>;
}

/**
 * An audit event with its place in the hash chain, as stored and exported.
 *
 * @public
 */
export interface ChainedAuditEvent extends HashedAuditEventFields {
  prevHash: string;
  hash: string;
}

/**
 * SHA-256 over the previous hash and the RFC 8785 canonical JSON of the
 * event, so the hash does not depend on key order or number formatting.
 * The governance backend and the offline verifier both use it.
 *
 * @public
 */
export function hashAuditEvent(
  prevHash: string,
  event: HashedAuditEventFields,
): string {
  const canonical = canonicalize({
    seq: event.seq,
    eventId: event.eventId,
    occurredAt: event.occurredAt,
    actor: event.actor,
    action: event.action,
    entityRef: event.entityRef ?? null,
    payload: event.payload,
  });
  return createHash('sha256')
    .update(prevHash)
    .update(canonical ?? '')
    .digest('hex');
}

/**
 * Why an event does not continue the chain after `prevHash` as event number
 * `expectedSeq`, or undefined when it does.
 *
 * @public
 */
export function findAuditChainBreak(
  event: ChainedAuditEvent,
  prevHash: string,
  expectedSeq: number,
): string | undefined {
  if (event.seq !== expectedSeq) return `event ${expectedSeq} is missing`;
  if (event.prevHash !== prevHash) {
    return 'its link to the previous event does not match';
  }
  if (hashAuditEvent(prevHash, event) !== event.hash) {
    return 'its content does not match its hash';
  }
  return undefined;
}
