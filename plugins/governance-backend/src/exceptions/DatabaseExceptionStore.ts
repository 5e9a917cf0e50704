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
import {
  ExceptionStatus,
  PolicyException,
} from '@guardrails/plugin-governance-common';
import { Knex } from 'knex';
import {
  ExceptionDecision,
  ExceptionStore,
  NewException,
} from './ExceptionStore';

const TABLE = 'governance_exceptions';

interface ExceptionRow {
  id: string;
  entity_ref: string;
  pack_id: string;
  rule_id: string;
  justification: string;
  compensating_controls: string;
  requested_days: number;
  status: string;
  requested_by: string;
  requested_at: Date | string | number;
  decided_by: string | null;
  decided_at: Date | string | number | null;
  decision_comment: string | null;
  expires_at: Date | string | number | null;
}

const iso = (value: Date | string | number | null) =>
  value === null ? undefined : new Date(value).toISOString();

const toException = (row: ExceptionRow, now: Date): PolicyException => ({
  id: row.id,
  entityRef: row.entity_ref,
  packId: row.pack_id,
  ruleId: row.rule_id,
  justification: row.justification,
  compensatingControls: row.compensating_controls,
  requestedDays: row.requested_days,
  status: row.status as ExceptionStatus,
  requestedBy: row.requested_by,
  requestedAt: iso(row.requested_at)!,
  decidedBy: row.decided_by ?? undefined,
  decidedAt: iso(row.decided_at),
  decisionComment: row.decision_comment ?? undefined,
  expiresAt: iso(row.expires_at),
  active:
    row.status === 'granted' &&
    row.expires_at !== null &&
    new Date(row.expires_at).getTime() > now.getTime(),
});

/** Exceptions in the plugin's database. */
export class DatabaseExceptionStore implements ExceptionStore {
  constructor(private readonly db: Knex) {}

  async create(request: NewException): Promise<PolicyException> {
    const id = randomUUID();
    await this.db<ExceptionRow>(TABLE).insert({
      id,
      entity_ref: request.entityRef,
      pack_id: request.packId,
      rule_id: request.ruleId,
      justification: request.justification,
      compensating_controls: request.compensatingControls,
      requested_days: request.requestedDays,
      status: 'requested',
      requested_by: request.requestedBy,
      requested_at: request.requestedAt,
    });
    return (await this.get(id, request.requestedAt))!;
  }

  async get(id: string, now: Date): Promise<PolicyException | undefined> {
    const row = await this.db<ExceptionRow>(TABLE).where({ id }).first();
    return row ? toException(row, now) : undefined;
  }

  async decide(
    id: string,
    decision: ExceptionDecision,
    now: Date,
  ): Promise<PolicyException | undefined> {
    // The status condition makes the first decision win under concurrency.
    const updated = await this.db<ExceptionRow>(TABLE)
      .where({ id, status: 'requested' })
      .update({
        status: decision.status,
        decided_by: decision.decidedBy,
        decided_at: decision.decidedAt,
        decision_comment: decision.comment ?? null,
        expires_at: decision.expiresAt ?? null,
      });
    return updated === 1 ? this.get(id, now) : undefined;
  }

  async listForEntity(
    entityRef: string,
    now: Date,
  ): Promise<PolicyException[]> {
    const rows = await this.db<ExceptionRow>(TABLE)
      .where({ entity_ref: entityRef })
      .orderBy('requested_at', 'desc');
    return rows.map(row => toException(row, now));
  }
}
