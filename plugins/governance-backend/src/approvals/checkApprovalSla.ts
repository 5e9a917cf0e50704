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
import { NotificationService } from '@backstage/plugin-notifications-node';
import { GovernanceRoles } from '@guardrails/plugin-governance-node';
import { GovernanceTransaction } from '../database/governanceTransaction';
import { sendNotification } from '../notifications/sendNotification';
import { ApprovalStore } from './ApprovalStore';

/** What the SLA check of pending approval requests works on. */
export interface ApprovalSlaCheckOptions {
  store: ApprovalStore;
  /** Marks an escalation and audits it in one transaction. */
  transaction: GovernanceTransaction;
  roles: GovernanceRoles;
  notifications?: NotificationService;
  now: Date;
}

/**
 * Reminds the reviewers of requests three quarters through their SLA and
 * tells the reviewers and admins about requests past it, each once.
 */
export async function checkApprovalSla(
  options: ApprovalSlaCheckOptions,
): Promise<{ reminded: number; escalated: number }> {
  const { store, transaction, roles } = options;
  const now = options.now.getTime();
  const notify = (
    to: string[],
    title: string,
    description: string,
    severity: 'normal' | 'high',
  ) =>
    sendNotification(options.notifications, undefined, {
      to,
      title,
      description,
      severity,
      topic: 'governance-approval',
    });
  let reminded = 0;
  let escalated = 0;
  for (const request of await store.listPending()) {
    if (!request.dueAt) continue;
    const due = Date.parse(request.dueAt);
    const created = Date.parse(request.createdAt);
    const reviewers = request.awaitingRoles.flatMap(role => roles[role]);
    if (now > due) {
      const marked = await transaction(async ({ approvals, auditLog }) => {
        // Another instance escalated it first: nothing to record.
        if (!(await approvals.markSla(request.id, 'escalated', new Date(now))))
          return false;
        await auditLog.append({
          actor: 'service:governance',
          action: 'approval.escalated',
          entityRef: request.entityRef,
          occurredAt: new Date(now),
          payload: {
            requestId: request.id,
            dueAt: request.dueAt,
            awaitingRoles: request.awaitingRoles,
          },
        });
        return true;
      });
      if (!marked) continue;
      escalated++;
      await notify(
        [...reviewers, ...roles.admin],
        `Approval of ${request.entityRef} is past its SLA`,
        `Due ${request.dueAt}; still waiting on ${request.awaitingRoles.join(
          ', ',
        )}.`,
        'high',
      );
    } else if (now > created + 0.75 * (due - created)) {
      if (!(await store.markSla(request.id, 'reminded', new Date(now))))
        continue;
      reminded++;
      await notify(
        reviewers,
        `Reminder: review ${request.entityRef}`,
        `Your review is due ${request.dueAt}.`,
        'normal',
      );
    }
  }
  return { reminded, escalated };
}
