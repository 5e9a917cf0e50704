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
import { RootConfigService } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  Permission,
  PolicyDecision,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  governanceApprovalDecidePermission,
  governanceAttestationSubmitPermission,
  governanceAuditReadPermission,
  governanceExceptionDecidePermission,
  governanceExceptionRequestPermission,
  governanceFactsReportPermission,
  governanceLifecycleKeepPermission,
  governanceLifecycleManagePermission,
  governancePolicyDryRunPermission,
} from '@guardrails/plugin-governance-common';
import {
  GovernanceRoles,
  readGovernanceRoles,
  rolesOf,
} from '@guardrails/plugin-governance-node';

const allow: PolicyDecision = { result: AuthorizeResult.ALLOW };
const deny: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * Whether a permission belongs to Guardrails (its name starts with
 * `governance.`). Such permissions are decided by
 * {@link GovernancePermissionDecider}; every other one is left to the app.
 *
 * @public
 */
export function isGovernancePermission(permission: Permission): boolean {
  return permission.name.startsWith('governance.');
}

/**
 * The Guardrails decision logic, for composing into an app's own permission
 * policy: it decides the `governance.*` permissions and answers `undefined`
 * for every other permission, so the app's policy decides those.
 *
 * Owners request exceptions, submit attestations and keep their own apps
 * from retirement (a catalog `IS_ENTITY_OWNER` condition); security
 * reviewers and admins decide exceptions; reviewers decide approvals;
 * auditors and admins read the audit log; admins run policy dry runs and
 * quarantine, retire or reinstate apps, and report apps' cost, incidents
 * and deploys. A `governance.*` permission it does
 * not know is denied.
 *
 * @example
 * ```ts
 * const governance = GovernancePermissionDecider.fromConfig(config);
 * // in your PermissionPolicy:
 * async handle(request, user) {
 *   return (await governance.decide(request, user)) ?? myDecision(request, user);
 * }
 * ```
 *
 * @public
 */
export class GovernancePermissionDecider {
  /** Reads who holds each role from `governance.roles` in app-config. */
  static fromConfig(config: RootConfigService): GovernancePermissionDecider {
    return new GovernancePermissionDecider(readGovernanceRoles(config));
  }

  constructor(private readonly roles: GovernanceRoles) {}

  /**
   * Decides a `governance.*` permission for the user; `undefined` for any
   * other permission ("not mine").
   */
  async decide(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision | undefined> {
    const { permission } = request;
    if (!isGovernancePermission(permission)) {
      return undefined;
    }
    const claims = user?.info.ownershipEntityRefs ?? [];
    const held = rolesOf(this.roles, claims);
    const isAdmin = held.has('admin');

    if (
      isPermission(permission, governanceExceptionRequestPermission) ||
      isPermission(permission, governanceAttestationSubmitPermission) ||
      isPermission(permission, governanceLifecycleKeepPermission)
    ) {
      if (isAdmin) return allow;
      return createCatalogConditionalDecision(
        permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    if (isPermission(permission, governanceApprovalDecidePermission)) {
      // The governance backend checks the specific role decided for.
      const reviewer = [...held].some(r => r !== 'admin' && r !== 'auditor');
      return reviewer ? allow : deny;
    }
    if (isPermission(permission, governanceExceptionDecidePermission)) {
      return isAdmin || held.has('security') ? allow : deny;
    }
    if (isPermission(permission, governanceAuditReadPermission)) {
      return isAdmin || held.has('auditor') ? allow : deny;
    }
    if (
      isPermission(permission, governancePolicyDryRunPermission) ||
      isPermission(permission, governanceLifecycleManagePermission) ||
      isPermission(permission, governanceFactsReportPermission)
    ) {
      return isAdmin ? allow : deny;
    }
    // A governance permission this version does not know: fail closed.
    return deny;
  }
}
