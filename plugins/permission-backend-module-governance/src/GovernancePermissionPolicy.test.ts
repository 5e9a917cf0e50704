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
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  governanceAuditReadPermission,
  governanceLifecycleManagePermission,
} from '@guardrails/plugin-governance-common';
import { GovernancePermissionPolicy } from './GovernancePermissionPolicy';

const config = mockServices.rootConfig({
  data: { governance: { roles: { admins: ['group:default/platform-team'] } } },
});

const userWith = (...claims: string[]): PolicyQueryUser => ({
  credentials: mockCredentials.user(claims[0]),
  info: { userEntityRef: claims[0], ownershipEntityRefs: claims },
});

const frank = userWith('user:default/frank', 'group:default/platform-team');
const ada = userWith('user:default/ada');

const catalogDelete = createPermission({
  name: 'catalog.entity.delete',
  attributes: { action: 'delete' },
});

// An app's own policy: only admins of the app (not Guardrails) delete.
const appPolicy: PermissionPolicy = {
  async handle(request, user) {
    const isAppAdmin = user?.info.userEntityRef === 'user:default/ada';
    if (request.permission.name === 'catalog.entity.delete') {
      return {
        result: isAppAdmin ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      };
    }
    // Would allow everything, governance included, if it were asked.
    return { result: AuthorizeResult.ALLOW };
  },
};

describe('GovernancePermissionPolicy', () => {
  it('allows every other permission when there is no fallback (the quick start)', async () => {
    const policy = GovernancePermissionPolicy.fromConfig(config);
    expect(await policy.handle({ permission: catalogDelete }, ada)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(
      await policy.handle({ permission: governanceAuditReadPermission }, ada),
    ).toEqual({ result: AuthorizeResult.DENY });
  });

  it('leaves other permissions to the fallback and decides governance ones itself', async () => {
    const policy = GovernancePermissionPolicy.fromConfig(config, {
      fallback: appPolicy,
    });
    expect(await policy.handle({ permission: catalogDelete }, ada)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(await policy.handle({ permission: catalogDelete }, frank)).toEqual({
      result: AuthorizeResult.DENY,
    });
    // The app's policy would allow ada; Guardrails does not.
    expect(
      await policy.handle(
        { permission: governanceLifecycleManagePermission },
        ada,
      ),
    ).toEqual({ result: AuthorizeResult.DENY });
    expect(
      await policy.handle(
        { permission: governanceLifecycleManagePermission },
        frank,
      ),
    ).toEqual({ result: AuthorizeResult.ALLOW });
  });
});
