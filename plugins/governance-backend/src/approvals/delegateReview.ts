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
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { RELATION_MEMBER_OF } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ApprovalRequest,
  ReviewerRole,
} from '@guardrails/plugin-governance-common';
import { GovernanceRoles, rolesOf } from '@guardrails/plugin-governance-node';
import { GovernanceTransaction } from '../database/governanceTransaction';
import { userRefOf } from './approvalChecks';
import { SeparationOfDuties } from './SeparationOfDuties';

/**
 * Delegates one role's review of an open request to another member of the
 * role, who must be free to decide it (separation of duties), and audits
 * it in the transaction that records it.
 */
export async function delegateReview(
  options: {
    roles: GovernanceRoles;
    separationOfDuties: SeparationOfDuties;
    transaction: GovernanceTransaction;
    catalog?: CatalogService;
  },
  request: ApprovalRequest,
  {
    delegation,
    credentials,
    actor,
    now,
  }: {
    delegation: { role: ReviewerRole; to: string };
    credentials: BackstageCredentials;
    actor: string;
    now: Date;
  },
): Promise<{ to: string; delegated: ApprovalRequest }> {
  const requestId = request.id;
  const to = userRefOf(delegation.to);
  const user = await options.catalog?.getEntityByRef(to, {
    credentials,
  });
  const groups = (user?.relations ?? [])
    .filter(r => r.type === RELATION_MEMBER_OF)
    .map(r => r.targetRef);
  if (!user || !rolesOf(options.roles, [to, ...groups]).has(delegation.role)) {
    throw new InputError(
      `to: ${to} is not a member of the ${delegation.role} role`,
    );
  }
  // The delegate would decide: the same rules apply to them.
  const conflict = await options.separationOfDuties.approvalConflict(
    request,
    delegation.role,
    {
      userRef: to,
      claims: [to, ...groups],
    },
  );
  if (conflict) {
    throw new InputError(`to: ${to} may not review this request: ${conflict}`);
  }
  const delegated = await options.transaction(
    async ({ approvals, auditLog }) => {
      await approvals.addDelegation({
        requestId,
        role: delegation.role,
        delegatedBy: actor,
        delegatedTo: to,
        delegatedAt: now,
      });
      await auditLog.append({
        actor,
        action: 'approval.delegated',
        entityRef: request.entityRef,
        occurredAt: now,
        payload: { requestId, role: delegation.role, to },
      });
      return (await approvals.get(requestId))!;
    },
  );
  return { to, delegated };
}
