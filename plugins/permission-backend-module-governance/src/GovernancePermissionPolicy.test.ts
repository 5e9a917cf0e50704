import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
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
import { createPermission } from '@backstage/plugin-permission-common';
import { GovernancePermissionPolicy } from './GovernancePermissionPolicy';

const policy = new GovernancePermissionPolicy({
  admin: ['group:default/platform-team'],
  auditor: ['user:default/audrey'],
  security: ['group:default/security-team'],
  'team-lead': [],
  privacy: [],
  platform: [],
  executive: [],
  legal: [],
});

const userWith = (...claims: string[]) => ({
  credentials: mockCredentials.user(claims[0]),
  info: { userEntityRef: claims[0], ownershipEntityRefs: claims },
  token: 'token',
  expiresInSeconds: 3600,
});

const ada = userWith('user:default/ada', 'group:default/sales-ops');
const erin = userWith('user:default/erin', 'group:default/security-team');
const frank = userWith('user:default/frank', 'group:default/platform-team');
const audrey = userWith('user:default/audrey');

const decide = (permission: any, user: any) =>
  policy.handle({ permission }, user);

describe('GovernancePermissionPolicy', () => {
  it('lets owners request exceptions for their own apps only (catalog ownership condition)', async () => {
    expect(await decide(governanceExceptionRequestPermission, ada)).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: { claims: ['user:default/ada', 'group:default/sales-ops'] },
      },
    });
    expect(await decide(governanceExceptionRequestPermission, frank)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it('lets owners keep their apps and admins quarantine or retire them', async () => {
    expect(
      (await decide(governanceAttestationSubmitPermission, ada)).result,
    ).toBe(AuthorizeResult.CONDITIONAL);
    expect((await decide(governanceLifecycleKeepPermission, ada)).result).toBe(
      AuthorizeResult.CONDITIONAL,
    );
    expect(
      (await decide(governanceLifecycleManagePermission, frank)).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (await decide(governanceLifecycleManagePermission, ada)).result,
    ).toBe(AuthorizeResult.DENY);
  });

  it('lets security reviewers and admins decide exceptions', async () => {
    expect(
      (await decide(governanceExceptionDecidePermission, erin)).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (await decide(governanceExceptionDecidePermission, frank)).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (await decide(governanceExceptionDecidePermission, ada)).result,
    ).toBe(AuthorizeResult.DENY);
  });

  it('lets reviewers, and only reviewers, decide approval requests', async () => {
    expect(
      (await decide(governanceApprovalDecidePermission, erin)).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect((await decide(governanceApprovalDecidePermission, ada)).result).toBe(
      AuthorizeResult.DENY,
    );
    expect(
      (await decide(governanceApprovalDecidePermission, audrey)).result,
    ).toBe(AuthorizeResult.DENY);
  });

  it('lets auditors and admins read the audit log, and only admins dry-run', async () => {
    expect((await decide(governanceAuditReadPermission, audrey)).result).toBe(
      AuthorizeResult.ALLOW,
    );
    expect((await decide(governanceAuditReadPermission, ada)).result).toBe(
      AuthorizeResult.DENY,
    );
    expect((await decide(governancePolicyDryRunPermission, frank)).result).toBe(
      AuthorizeResult.ALLOW,
    );
    expect((await decide(governancePolicyDryRunPermission, erin)).result).toBe(
      AuthorizeResult.DENY,
    );
  });

  it('allows other plugins’ permissions and refuses unknown governance ones', async () => {
    const catalogRead = createPermission({
      name: 'catalog.entity.read',
      attributes: { action: 'read' },
    });
    expect((await decide(catalogRead, ada)).result).toBe(AuthorizeResult.ALLOW);
    const unknown = createPermission({
      name: 'governance.something.new',
      attributes: {},
    });
    expect((await decide(unknown, frank)).result).toBe(AuthorizeResult.DENY);
  });
});
