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
import { randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import {
  AUDIT_GENESIS_HASH,
  findAuditChainBreak,
  hashAuditEvent,
} from '@guardrails/plugin-governance-node/audit';
import { Knex } from 'knex';
import {
  AuditCheckpoint,
  AuditEvent,
  AuditEventInput,
  AuditLogStore,
  AuditVerification,
} from './AuditLogStore';
import { GroupCommit } from '../database/GroupCommit';

const EVENTS = 'governance_audit_events';
const HEAD = 'governance_audit_head';
const CHECKPOINTS = 'governance_audit_checkpoints';
const PAGE = 1000;

interface EventRow {
  seq: number | string;
  event_id: string;
  occurred_at: Date | string | number;
  actor: string;
  action: string;
  entity_ref: string | null;
  payload: string;
  prev_hash: string;
  hash: string;
}

const toEvent = (row: EventRow): AuditEvent => ({
  seq: Number(row.seq),
  eventId: row.event_id,
  occurredAt: new Date(row.occurred_at).toISOString(),
  actor: row.actor,
  action: row.action,
  entityRef: row.entity_ref ?? undefined,
  payload: JSON.parse(row.payload),
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** The audit log in the plugin's database. */
export class DatabaseAuditLogStore implements AuditLogStore {
  // Concurrent appends of this process share one transaction and one lock
  // of the head row.
  private readonly appends = new GroupCommit<AuditEventInput, AuditEvent>(
    inputs => this.appendBatch(inputs),
  );

  constructor(private readonly db: Knex) {}

  append(input: AuditEventInput): Promise<AuditEvent> {
    return this.appends.add(input);
  }

  private appendBatch(inputs: AuditEventInput[]): Promise<AuditEvent[]> {
    return this.db.transaction(async tx => {
      // Locking the single head row serialises appends across backends.
      const headQuery = tx(HEAD).where({ id: 1 });
      const head = await (this.db.client.config.client === 'pg'
        ? headQuery.forUpdate()
        : headQuery
      ).first();
      let seq = Number(head.seq);
      let prevHash: string = head.hash;
      const events: AuditEvent[] = [];
      for (const input of inputs) {
        const payload = JSON.parse(canonicalize(input.payload) ?? '{}');
        const event = {
          seq: ++seq,
          eventId: randomUUID(),
          occurredAt: input.occurredAt.toISOString(),
          actor: input.actor,
          action: input.action,
          entityRef: input.entityRef,
          payload,
        };
        const hash = hashAuditEvent(prevHash, event);
        events.push({ ...event, prevHash, hash });
        prevHash = hash;
      }
      // 9 columns a row: 100 rows stay under SQLite's 999 variables.
      await tx.batchInsert<EventRow>(
        EVENTS,
        events.map(event => ({
          seq: event.seq,
          event_id: event.eventId,
          occurred_at: new Date(event.occurredAt),
          actor: event.actor,
          action: event.action,
          entity_ref: event.entityRef ?? null,
          payload: canonicalize(event.payload) ?? '{}',
          prev_hash: event.prevHash,
          hash: event.hash,
        })),
        100,
      );
      await tx(HEAD).where({ id: 1 }).update({ seq, hash: prevHash });
      return events;
    });
  }

  async list(options: {
    from?: Date;
    to?: Date;
    entityRef?: string;
    limit: number;
  }): Promise<AuditEvent[]> {
    const query = this.db<EventRow>(EVENTS).orderBy('seq').limit(options.limit);
    if (options.from) query.where('occurred_at', '>=', options.from);
    if (options.to) query.where('occurred_at', '<', options.to);
    if (options.entityRef) query.where('entity_ref', options.entityRef);
    return (await query).map(toEvent);
  }

  async page(options: { afterSeq: number; upToSeq: number; limit: number }) {
    const rows = await this.db<EventRow>(EVENTS)
      .where('seq', '>', options.afterSeq)
      .andWhere('seq', '<=', options.upToSeq)
      .orderBy('seq')
      .limit(options.limit);
    return rows.map(toEvent);
  }

  async verify(): Promise<AuditVerification> {
    let prevHash = AUDIT_GENESIS_HASH;
    let expectedSeq = 1;
    let checked = 0;
    for (;;) {
      const rows = await this.db<EventRow>(EVENTS)
        .where('seq', '>=', expectedSeq)
        .orderBy('seq')
        .limit(PAGE);
      for (const row of rows) {
        const event = toEvent(row);
        const reason = findAuditChainBreak(event, prevHash, expectedSeq);
        if (reason) {
          return {
            valid: false,
            checkedEvents: checked,
            firstBroken: { seq: event.seq, eventId: event.eventId, reason },
          };
        }
        prevHash = event.hash;
        expectedSeq++;
        checked++;
      }
      if (rows.length < PAGE) break;
    }
    const head = await this.db(HEAD).where({ id: 1 }).first();
    if (Number(head.seq) !== checked || head.hash !== prevHash) {
      return {
        valid: false,
        checkedEvents: checked,
        firstBroken: {
          seq: checked + 1,
          eventId: '',
          reason: `the log ends at event ${checked} but its head records event ${Number(
            head.seq,
          )}`,
        },
      };
    }
    return { valid: true, checkedEvents: checked };
  }

  async head() {
    const row = await this.db(HEAD).where({ id: 1 }).first();
    return { seq: Number(row.seq), hash: row.hash as string };
  }

  async hashOf(seq: number) {
    const row = await this.db<EventRow>(EVENTS).where({ seq }).first();
    return row?.hash;
  }

  async addCheckpoint(checkpoint: AuditCheckpoint) {
    await this.db(CHECKPOINTS)
      .insert({
        seq: checkpoint.seq,
        hash: checkpoint.hash,
        signed_at: new Date(checkpoint.signedAt),
        bundle: JSON.stringify(checkpoint.bundle),
      })
      .onConflict('seq')
      .ignore();
  }

  async listCheckpoints(): Promise<AuditCheckpoint[]> {
    const rows = await this.db(CHECKPOINTS).orderBy('seq');
    return rows.map(row => ({
      seq: Number(row.seq),
      hash: row.hash,
      signedAt: new Date(row.signed_at).toISOString(),
      bundle: JSON.parse(row.bundle),
      ...(row.witnessed_at && {
        witnessedAt: new Date(row.witnessed_at).toISOString(),
      }),
    }));
  }

  async markWitnessed(seq: number, at: Date) {
    await this.db(CHECKPOINTS)
      .where({ seq })
      .whereNull('witnessed_at')
      .update({ witnessed_at: at });
  }

  async occurredAt(seq: number) {
    const row = await this.db<EventRow>(EVENTS)
      .where({ seq })
      .first('occurred_at');
    return row ? new Date(row.occurred_at).toISOString() : undefined;
  }
}
