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
import { ConflictError, NotAllowedError } from '@backstage/errors';
import {
  ApprovalDecisionKind,
  ApprovalRequest,
  ReviewerRole,
} from '@guardrails/plugin-governance-common';
import { GovernanceTransaction } from '../database/governanceTransaction';
import { applyLifecycleEvent } from '../lifecycle/applyLifecycleEvent';
import { requireOpen } from './approvalChecks';

/**
 * Records one role's decision on a request whose checks passed, with the
 * lifecycle move it causes and its audit event, in one transaction. The
 * store refuses a second decision of the role, a second role of the same
 * person (when separation of duties is on) and a closed request; each
 * refusal writes nothing.
 */
export function recordDecision(
  transaction: GovernanceTransaction,
  request: ApprovalRequest,
  {
    decision,
    actor,
    oneRolePerPerson,
    now,
  }: {
    decision: {
      role: ReviewerRole;
      decision: ApprovalDecisionKind;
      comment: string;
    };
    actor: string;
    oneRolePerPerson: boolean;
    now: Date;
  },
): Promise<ApprovalRequest> {
  const requestId = request.id;
  return transaction(async ({ approvals, appRegistry, auditLog }) => {
    const result = await approvals.addDecision(
      requestId,
      { ...decision, decidedBy: actor, decidedAt: now.toISOString() },
      { oneRolePerPerson },
    );
    if (result.outcome === 'same-person') {
      throw new NotAllowedError(
        `You already decided on this request as ${result.role}; one person fills at most one role on a request (separation of duties)`,
      );
    }
    if (result.outcome === 'duplicate') {
      throw new ConflictError(
        `The ${decision.role} role has already decided on request ${requestId}; decisions cannot be changed`,
      );
    }
    if (result.outcome === 'closed') {
      requireOpen({ ...request, status: result.status ?? request.status });
      throw new ConflictError(`Approval request ${requestId} is closed`);
    }
    // Only the app's latest request speaks for its state; the table
    // refuses the move when the app is quarantined, retired or queued
    // for retirement.
    const latest = await approvals.latestForEntity(request.entityRef);
    if (result.request.status !== 'pending' && latest?.id === requestId) {
      await applyLifecycleEvent(appRegistry, request.entityRef, {
        type:
          result.request.status === 'approved'
            ? 'approval-granted'
            : 'approval-rejected',
        by: 'reviewer',
      });
    }
    await auditLog.append({
      actor,
      action: 'approval.decided',
      entityRef: request.entityRef,
      occurredAt: now,
      payload: { requestId, ...decision, status: result.request.status },
    });
    return result.request;
  });
}
