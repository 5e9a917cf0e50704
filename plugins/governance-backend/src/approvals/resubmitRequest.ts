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
import { ApprovalRequest } from '@guardrails/plugin-governance-common';
import { AppRegistryStore } from '../appRegistry/AppRegistryStore';
import { ApprovalSlaHours } from '../config';
import { GovernanceTransaction } from '../database/governanceTransaction';
import { applyLifecycleEvent } from '../lifecycle/applyLifecycleEvent';
import { reviewDueAt } from './approvalOpening';
import { requireOpen } from './approvalChecks';
import { Caller } from './SeparationOfDuties';

/**
 * Opens the next request of an app whose reviewers asked for changes, on
 * its owners' word that they made them; audited in the transaction that
 * opens it. Only the app's latest request is resubmitted.
 */
export async function resubmitRequest(
  options: {
    appRegistry: AppRegistryStore;
    transaction: GovernanceTransaction;
    slaHours: ApprovalSlaHours;
  },
  request: ApprovalRequest,
  {
    comment,
    caller,
    actor,
    now,
  }: { comment: string; caller: Caller; actor: string; now: Date },
): Promise<ApprovalRequest> {
  const requestId = request.id;
  const ownerRef = (await options.appRegistry.getApp(request.entityRef))
    ?.ownerRef;
  if (!ownerRef || !caller.claims.includes(ownerRef)) {
    throw new NotAllowedError(
      `Only the owners of ${request.entityRef} may resubmit its approval request`,
    );
  }
  if (request.status !== 'changes-requested') {
    requireOpen(request);
    throw new ConflictError(
      `Approval request ${requestId} is pending; only a request whose reviewers asked for changes is resubmitted`,
    );
  }
  return options.transaction(async ({ approvals, appRegistry, auditLog }) => {
    const opened = await approvals.resubmit(requestId, {
      reason: `Resubmitted by ${actor} after changes were requested: ${comment}`,
      createdAt: now,
      dueAt: reviewDueAt(options.slaHours, request.tier, now),
    });
    if (!opened) {
      throw new ConflictError(
        `Approval request ${requestId} is no longer the app's latest request; resubmit its latest request instead`,
      );
    }
    await applyLifecycleEvent(appRegistry, request.entityRef, {
      type: 'approval-requested',
      by: 'system',
    });
    await auditLog.append({
      actor,
      action: 'approval.resubmitted',
      entityRef: request.entityRef,
      occurredAt: now,
      payload: { requestId: opened.id, previousRequestId: requestId, comment },
    });
    return opened;
  });
}
