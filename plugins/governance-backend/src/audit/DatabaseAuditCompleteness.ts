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
import { Knex } from 'knex';
import { AUDITED_CHANGES } from './auditedChanges';
import { AuditedChanges, ExpectedEvent, LoggedEvent } from './expectedEvents';

/** Change rows read at a time. */
const PAGE = 250;
/** Missing events listed in full; the rest are counted. */
const LISTED = 20;

/** A change a governance table records that has no audit event. */
export interface MissingAuditEvent {
  table: string;
  id: string;
  entityRef: string;
  expectedAction: string;
}

/** Whether every change the governance tables record has its event. */
export interface AuditCompleteness {
  complete: boolean;
  /** Changes checked, across the tables. */
  checkedChanges: number;
  /** How many changes have no event. */
  missingEvents: number;
  /** The first of them. */
  missing: MissingAuditEvent[];
}

/**
 * Checks the audit log against the tables: every row that records a change
 * (an exception requested or decided, an approval request, decision,
 * delegation or escalation, an attestation step, an evidence bundle, a
 * provenance record, an app's latest lifecycle move and activity day) has
 * its event. Read-only; rows and events are read a page at a time.
 */
export class DatabaseAuditCompleteness {
  constructor(private readonly db: Knex) {}

  async check(): Promise<AuditCompleteness> {
    const result: AuditCompleteness = {
      complete: true,
      checkedChanges: 0,
      missingEvents: 0,
      missing: [],
    };
    for (const changes of AUDITED_CHANGES) {
      await this.checkTable(changes, result);
    }
    result.complete = result.missingEvents === 0;
    return result;
  }

  private async checkTable(changes: AuditedChanges, result: AuditCompleteness) {
    let last: Record<string, any> | undefined;
    for (;;) {
      const rows = await this.page(changes, last);
      if (rows.length === 0) return;
      const expected: ExpectedEvent[] = rows.flatMap(row =>
        changes.expect(row).map(e => ({ ...e, entityRef: row.entityRef })),
      );
      const events = await this.eventsOf(
        changes,
        [...new Set(rows.map(r => r.entityRef as string))],
        changes.eventsSince?.(rows),
      );
      for (const e of expected) {
        result.checkedChanges++;
        if (e.isIn(events.get(e.entityRef) ?? [])) continue;
        result.missingEvents++;
        if (result.missing.length < LISTED) {
          result.missing.push({
            table: changes.table,
            id: e.id,
            entityRef: e.entityRef,
            expectedAction: e.expectedAction,
          });
        }
      }
      if (rows.length < PAGE) return;
      last = rows[rows.length - 1];
    }
  }

  private page(changes: AuditedChanges, last?: Record<string, any>) {
    const column = (name: string) => changes.columns[name];
    const query = this.db(changes.from).select(
      Object.entries(changes.columns).map(([as, col]) => `${col} as ${as}`),
    );
    if (changes.join) query.join(...changes.join);
    if (changes.whereNotNull) query.whereNotNull(changes.whereNotNull);
    if (last) {
      // Keyset paging on one or two columns.
      const [first, second] = changes.key;
      query.where(q => {
        q.where(column(first), '>', last[first]);
        if (second) {
          q.orWhere(inner =>
            inner
              .where(column(first), last[first])
              .andWhere(column(second), '>', last[second]),
          );
        }
      });
    }
    return query.orderBy(changes.key.map(column)).limit(PAGE);
  }

  private async eventsOf(
    changes: AuditedChanges,
    entityRefs: string[],
    since?: Date,
  ): Promise<Map<string, LoggedEvent[]>> {
    const query = this.db('governance_audit_events')
      .whereIn('entity_ref', entityRefs)
      .where(q => {
        for (const action of changes.actions) {
          if (action.endsWith('%')) q.orWhere('action', 'like', action);
          else q.orWhere('action', action);
        }
      })
      .select('entity_ref', 'action', 'actor', 'occurred_at', 'payload')
      .orderBy('seq');
    if (since) query.where('occurred_at', '>=', since);
    const byEntity = new Map<string, LoggedEvent[]>();
    for (const row of await query) {
      const list = byEntity.get(row.entity_ref) ?? [];
      list.push({
        action: row.action,
        actor: row.actor,
        occurredAt: new Date(row.occurred_at).getTime(),
        payload: JSON.parse(row.payload),
      });
      byEntity.set(row.entity_ref, list);
    }
    return byEntity;
  }
}
