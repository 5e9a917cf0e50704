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
import { ApprovalRequest } from '@guardrails/plugin-governance-common';
import { GovernanceRoles, rolesOf } from '@guardrails/plugin-governance-node';
import { Caller, SeparationOfDuties } from './SeparationOfDuties';

/**
 * The request, saying whether the caller may decide it and, if not, why:
 * the queue lists a request the caller cannot decide disabled, with the
 * reason, rather than hiding it.
 */
export async function withDecidability(
  request: ApprovalRequest,
  caller: Caller,
  options: { roles: GovernanceRoles; separationOfDuties: SeparationOfDuties },
): Promise<ApprovalRequest> {
  const held = rolesOf(options.roles, caller.claims) as Set<string>;
  const roles = request.awaitingRoles.filter(
    role =>
      held.has(role) &&
      (!request.delegates[role] || request.delegates[role] === caller.userRef),
  );
  let reason: string | undefined;
  if (request.status !== 'pending') {
    reason = `The request is ${request.status}`;
  } else if (roles.length === 0) {
    reason = 'You hold none of the roles this request waits on';
  } else {
    reason = await options.separationOfDuties.approvalConflict(
      request,
      roles[0],
      caller,
    );
  }
  return {
    ...request,
    decidableByCaller: !reason,
    ...(reason ? { notDecidableReason: reason } : {}),
  };
}
