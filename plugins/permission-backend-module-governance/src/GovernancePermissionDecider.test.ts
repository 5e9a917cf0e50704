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
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
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
import {
  Permission,
  createPermission,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  GovernancePermissionDecider,
  isGovernancePermission,
} from './GovernancePermissionDecider';

const decider = new GovernancePermissionDecider({
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

const decide = async (permission: Permission, user?: PolicyQueryUser) => {
  const decision = await decider.decide({ permission }, user);
  if (!decision) throw new Error(`${permission.name} was not decided`);
  return decision;
};

describe('GovernancePermissionDecider', () => {
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

  it('leaves other plugins’ permissions to the app and refuses unknown governance ones', async () => {
    const catalogRead = createPermission({
      name: 'catalog.entity.read',
      attributes: { action: 'read' },
    });
    expect(isGovernancePermission(catalogRead)).toBe(false);
    expect(
      await decider.decide({ permission: catalogRead }, frank),
    ).toBeUndefined();
    const unknown = createPermission({
      name: 'governance.something.new',
      attributes: {},
    });
    expect(isGovernancePermission(unknown)).toBe(true);
    expect((await decide(unknown, frank)).result).toBe(AuthorizeResult.DENY);
  });

  it('refuses every governance permission to callers without a user', async () => {
    expect((await decide(governanceAuditReadPermission)).result).toBe(
      AuthorizeResult.DENY,
    );
    expect(await decide(governanceExceptionRequestPermission)).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: { rule: 'IS_ENTITY_OWNER', params: { claims: [] } },
    });
  });

  it('reads the roles from governance.roles', async () => {
    const fromConfig = GovernancePermissionDecider.fromConfig(
      mockServices.rootConfig({
        data: { governance: { roles: { auditors: ['User:default/Audrey'] } } },
      }),
    );
    expect(
      await fromConfig.decide(
        { permission: governanceAuditReadPermission },
        audrey,
      ),
    ).toEqual({ result: AuthorizeResult.ALLOW });
    expect(
      await fromConfig.decide(
        { permission: governanceAuditReadPermission },
        ada,
      ),
    ).toEqual({ result: AuthorizeResult.DENY });
  });
});
