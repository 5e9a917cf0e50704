import {
  AuthorizeResult,
  PolicyDecision,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
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
  governanceLifecycleKeepPermission,
  governanceLifecycleManagePermission,
  governancePolicyDryRunPermission,
} from '@guardrails/plugin-governance-common';
import { GovernanceRoles, rolesOf } from '@guardrails/plugin-governance-node';

const allow: PolicyDecision = { result: AuthorizeResult.ALLOW };
const deny: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * The Guardrails permission policy: owners request exceptions for their own
 * apps and keep them from retirement; security reviewers and admins decide
 * exceptions; auditors and admins read the audit log; admins run policy dry
 * runs and quarantine, retire or reinstate apps. Every other permission (catalog,
 * scaffolder, ...) is allowed for signed-in users, as in a default install.
 *
 * @public
 */
export class GovernancePermissionPolicy implements PermissionPolicy {
  constructor(private readonly roles: GovernanceRoles) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (!permission.name.startsWith('governance.')) {
      return allow;
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
      isPermission(permission, governanceLifecycleManagePermission)
    ) {
      return isAdmin ? allow : deny;
    }
    // A governance permission this policy does not know: refuse.
    return deny;
  }
}
