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
