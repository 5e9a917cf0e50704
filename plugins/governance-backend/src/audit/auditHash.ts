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

/** The fields of an event that its hash covers. */
export interface HashedEventFields {
  seq: number;
  eventId: string;
  occurredAt: string;
  actor: string;
  action: string;
  entityRef?: string;
  payload: Record<string, unknown>;
}

/**
 * SHA-256 over the previous hash and the RFC 8785 canonical JSON of the
 * event, so the hash does not depend on key order or number formatting.
 */
export function hashAuditEvent(
  prevHash: string,
  event: HashedEventFields,
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
