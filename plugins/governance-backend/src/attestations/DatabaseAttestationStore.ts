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
import { AttestationAnswers } from '@guardrails/plugin-governance-common';
import { Knex } from 'knex';
import { AttestationStore, StoredAttestation } from './AttestationStore';
import { isUniqueViolation } from '../database/isUniqueViolation';

const TABLE = 'governance_attestations';

type Time = Date | string | number;
interface AttestationRow {
  id: string;
  entity_ref: string;
  owner_ref: string;
  campaign: string;
  due_at: Time;
  status: string;
  created_at: Time;
  completed_at: Time | null;
  completed_by: string | null;
  answers: string | null;
  reminded_at: Time | null;
  escalated_at: Time | null;
}

const iso = (t: Time | null) =>
  t === null ? undefined : new Date(t).toISOString();

const toAttestation = (row: AttestationRow, now: Date): StoredAttestation => ({
  id: row.id,
  entityRef: row.entity_ref,
  ownerRef: row.owner_ref,
  campaign: row.campaign,
  dueAt: iso(row.due_at)!,
  status: row.status as StoredAttestation['status'],
  createdAt: iso(row.created_at)!,
  completedAt: iso(row.completed_at),
  completedBy: row.completed_by ?? undefined,
  answers: row.answers ? JSON.parse(row.answers) : undefined,
  overdue:
    row.status === 'open' && new Date(row.due_at).getTime() < now.getTime(),
  remindedAt: iso(row.reminded_at),
  escalatedAt: iso(row.escalated_at),
});

/** Attestation tasks in the plugin's database. */
export class DatabaseAttestationStore implements AttestationStore {
  constructor(private readonly db: Knex) {}

  async createIfAbsent(task: {
    entityRef: string;
    ownerRef: string;
    campaign: string;
    dueAt: Date;
    createdAt: Date;
  }) {
    try {
      // In a savepoint of its own: a refused insert leaves an enclosing
      // PostgreSQL transaction usable.
      await this.db.transaction(tx =>
        tx<AttestationRow>(TABLE).insert({
          id: randomUUID(),
          entity_ref: task.entityRef,
          owner_ref: task.ownerRef,
          campaign: task.campaign,
          due_at: task.dueAt,
          status: 'open',
          created_at: task.createdAt,
        }),
      );
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async get(id: string, now: Date) {
    const row = await this.db<AttestationRow>(TABLE).where({ id }).first();
    return row ? toAttestation(row, now) : undefined;
  }

  async listForEntity(entityRef: string, now: Date) {
    const rows = await this.db<AttestationRow>(TABLE)
      .where({ entity_ref: entityRef })
      .orderBy('created_at', 'desc');
    return rows.map(r => toAttestation(r, now));
  }

  async listOpen(now: Date) {
    const rows = await this.db<AttestationRow>(TABLE)
      .where({ status: 'open' })
      .orderBy('due_at');
    return rows.map(r => toAttestation(r, now));
  }

  async complete(
    id: string,
    by: string,
    at: Date,
    answers: AttestationAnswers,
  ) {
    const updated = await this.db<AttestationRow>(TABLE)
      .where({ id, status: 'open' })
      .update({
        status: 'completed',
        completed_at: at,
        completed_by: by,
        answers: JSON.stringify(answers),
      });
    return updated === 1;
  }

  async markReminded(id: string, at: Date) {
    await this.db<AttestationRow>(TABLE)
      .where({ id })
      .update({ reminded_at: at });
  }

  async markEscalated(id: string, at: Date) {
    // Of two instances escalating at once, one records (and audits) it.
    const updated = await this.db<AttestationRow>(TABLE)
      .where({ id })
      .whereNull('escalated_at')
      .update({ escalated_at: at });
    return updated === 1;
  }
}
