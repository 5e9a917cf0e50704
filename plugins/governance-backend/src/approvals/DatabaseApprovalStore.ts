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
  ApprovalDecision,
  ApprovalDecisionKind,
  ApprovalRequest,
  ApprovalStatus,
  ApprovalTier,
  ReviewerRole,
} from '@guardrails/plugin-governance-common';
import { Knex } from 'knex';
import {
  ApprovalStore,
  DecisionOutcome,
  NewApprovalRequest,
} from './ApprovalStore';
import { isUniqueViolation } from '../database/isUniqueViolation';

const REQUESTS = 'governance_approval_requests';
const DECISIONS = 'governance_approval_decisions';
const DELEGATIONS = 'governance_approval_delegations';

interface RequestRow {
  id: string;
  entity_ref: string;
  sequence: number;
  material_hash: string;
  tier: number;
  required_roles: string;
  status: string;
  reason: string;
  created_at: Date | string | number;
  due_at: Date | string | number | null;
  superseded_by: string | null;
}

interface DecisionRow {
  request_id: string;
  role: string;
  decision: string;
  comment: string;
  decided_by: string;
  decided_at: Date | string | number;
}

/** Statuses of a request still open, which a newer request supersedes. */
const OPEN_STATUSES: ApprovalStatus[] = ['pending', 'changes-requested'];

const iso = (value: Date | string | number) => new Date(value).toISOString();

/** The status that follows from the decisions so far. */
export function statusAfter(
  requiredRoles: ReviewerRole[],
  decisions: ApprovalDecision[],
): ApprovalStatus {
  if (decisions.some(d => d.decision === 'reject')) return 'rejected';
  if (decisions.some(d => d.decision === 'request-changes'))
    return 'changes-requested';
  const approved = new Set(
    decisions.filter(d => d.decision === 'approve').map(d => d.role),
  );
  return requiredRoles.every(r => approved.has(r)) ? 'approved' : 'pending';
}

/** Approval requests and decisions in the plugin's database. */
export class DatabaseApprovalStore implements ApprovalStore {
  constructor(private readonly db: Knex) {}

  async openIfChanged(request: NewApprovalRequest) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const latest = await this.latestRow(request.entityRef);
      if (latest && latest.material_hash === request.materialHash) {
        return { request: (await this.hydrate([latest]))[0], opened: false };
      }
      const id = randomUUID();
      try {
        await this.db.transaction(async tx => {
          await tx<RequestRow>(REQUESTS).insert({
            id,
            entity_ref: request.entityRef,
            sequence: (latest?.sequence ?? 0) + 1,
            material_hash: request.materialHash,
            tier: request.tier,
            required_roles: JSON.stringify(request.requiredRoles),
            status: request.status,
            reason: request.reason,
            created_at: request.createdAt,
            due_at: request.dueAt ?? null,
          });
          // In the same transaction: no moment shows two open requests, and
          // a decision racing with this waits on the row lock, then sees
          // the request superseded.
          await tx<RequestRow>(REQUESTS)
            .where({ entity_ref: request.entityRef })
            .whereIn('status', OPEN_STATUSES)
            .whereNot({ id })
            .update({ status: 'superseded', superseded_by: id });
        });
        return { request: (await this.get(id))!, opened: true };
      } catch (error) {
        // Another backend opened the same request first: read it again.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new Error(
      `Could not open an approval request for ${request.entityRef}`,
    );
  }

  async get(id: string) {
    const row = await this.db<RequestRow>(REQUESTS).where({ id }).first();
    return row ? (await this.hydrate([row]))[0] : undefined;
  }

  async latestForEntity(entityRef: string) {
    const row = await this.latestRow(entityRef);
    return row ? (await this.hydrate([row]))[0] : undefined;
  }

  async listPending() {
    const rows = await this.db<RequestRow>(REQUESTS)
      .where({ status: 'pending' })
      .orderBy('due_at');
    return this.hydrate(rows);
  }

  async addDecision(
    requestId: string,
    decision: ApprovalDecision,
    options: { oneRolePerPerson?: boolean } = {},
  ): Promise<DecisionOutcome> {
    try {
      // Under a lock on the request, so a decision and the request being
      // superseded, or two roles deciding at once, are applied one after
      // the other and never overwrite each other's status.
      return await this.db.transaction(async tx => {
        const query = tx<RequestRow>(REQUESTS).where({ id: requestId });
        const row = await (this.db.client.config.client === 'pg'
          ? query.forUpdate()
          : query
        ).first();
        if (!row) return { outcome: 'closed', status: undefined };
        if (row.status !== 'pending') {
          return { outcome: 'closed', status: row.status as ApprovalStatus };
        }
        if (options.oneRolePerPerson) {
          const earlier = await tx<DecisionRow>(DECISIONS)
            .where({ request_id: requestId, decided_by: decision.decidedBy })
            .whereNot({ role: decision.role })
            .first();
          if (earlier) {
            return {
              outcome: 'same-person',
              role: earlier.role as ReviewerRole,
            };
          }
        }
        await tx<DecisionRow>(DECISIONS).insert({
          request_id: requestId,
          role: decision.role,
          decision: decision.decision,
          comment: decision.comment,
          decided_by: decision.decidedBy,
          decided_at: new Date(decision.decidedAt),
        });
        const [current] = await this.hydrate([row], tx);
        const status = statusAfter(current.requiredRoles, current.decisions);
        await tx<RequestRow>(REQUESTS)
          .where({ id: requestId })
          .update({ status });
        return {
          outcome: 'recorded',
          request: (await this.hydrate([{ ...row, status }], tx))[0],
        };
      });
    } catch (error) {
      if (isUniqueViolation(error)) return { outcome: 'duplicate' };
      throw error;
    }
  }

  async resubmit(
    requestId: string,
    next: { reason: string; createdAt: Date; dueAt?: Date },
  ): Promise<ApprovalRequest | undefined> {
    const id = randomUUID();
    try {
      const opened = await this.db.transaction(async tx => {
        const query = tx<RequestRow>(REQUESTS).where({ id: requestId });
        const old = await (this.db.client.config.client === 'pg'
          ? query.forUpdate()
          : query
        ).first();
        if (!old || old.status !== 'changes-requested') return false;
        await tx<RequestRow>(REQUESTS).insert({
          id,
          entity_ref: old.entity_ref,
          // The unique (entity, sequence) pair refuses a second request
          // opened for the app meanwhile: then this one is not the latest.
          sequence: old.sequence + 1,
          material_hash: old.material_hash,
          tier: old.tier,
          required_roles: old.required_roles,
          status: 'pending',
          reason: next.reason,
          created_at: next.createdAt,
          due_at: next.dueAt ?? null,
        });
        await tx<RequestRow>(REQUESTS)
          .where({ id: requestId, status: 'changes-requested' })
          .update({ status: 'superseded', superseded_by: id });
        return true;
      });
      return opened ? this.get(id) : undefined;
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  async markSla(requestId: string, kind: 'reminded' | 'escalated', at: Date) {
    const column = kind === 'reminded' ? 'reminded_at' : 'escalated_at';
    // A request superseded or decided since it was listed is left alone.
    const updated = await this.db(REQUESTS)
      .where({ id: requestId, status: 'pending' })
      .whereNull(column)
      .update({ [column]: at });
    return updated === 1;
  }

  async addDelegation(delegation: {
    requestId: string;
    role: ReviewerRole;
    delegatedBy: string;
    delegatedTo: string;
    delegatedAt: Date;
  }) {
    await this.db(DELEGATIONS).insert({
      request_id: delegation.requestId,
      role: delegation.role,
      delegated_by: delegation.delegatedBy,
      delegated_to: delegation.delegatedTo,
      delegated_at: delegation.delegatedAt,
    });
  }

  private latestRow(entityRef: string) {
    return this.db<RequestRow>(REQUESTS)
      .where({ entity_ref: entityRef })
      .orderBy('sequence', 'desc')
      .first();
  }

  private async hydrate(
    rows: RequestRow[],
    db: Knex = this.db,
  ): Promise<ApprovalRequest[]> {
    if (rows.length === 0) return [];
    const decisionRows = await db<DecisionRow>(DECISIONS)
      .whereIn(
        'request_id',
        rows.map(r => r.id),
      )
      .orderBy('decided_at');
    const delegationRows: Array<{
      request_id: string;
      role: string;
      delegated_to: string;
    }> = await db(DELEGATIONS)
      .whereIn(
        'request_id',
        rows.map(r => r.id),
      )
      .orderBy('id');
    return rows.map(row => {
      const requiredRoles = JSON.parse(row.required_roles) as ReviewerRole[];
      const decisions: ApprovalDecision[] = decisionRows
        .filter(d => d.request_id === row.id)
        .map(d => ({
          role: d.role as ReviewerRole,
          decision: d.decision as ApprovalDecisionKind,
          comment: d.comment,
          decidedBy: d.decided_by,
          decidedAt: iso(d.decided_at),
        }));
      const decided = new Set(decisions.map(d => d.role));
      // The latest delegation per role wins.
      const delegates: Partial<Record<ReviewerRole, string>> = {};
      for (const d of delegationRows.filter(r => r.request_id === row.id)) {
        delegates[d.role as ReviewerRole] = d.delegated_to;
      }
      return {
        id: row.id,
        entityRef: row.entity_ref,
        tier: row.tier as ApprovalTier,
        requiredRoles,
        status: row.status as ApprovalStatus,
        reason: row.reason,
        materialHash: row.material_hash,
        createdAt: iso(row.created_at),
        dueAt: row.due_at === null ? undefined : iso(row.due_at),
        decisions,
        delegates,
        awaitingRoles:
          row.status === 'pending'
            ? requiredRoles.filter(r => !decided.has(r))
            : [],
        ...(row.superseded_by ? { supersededBy: row.superseded_by } : {}),
      };
    });
  }
}
