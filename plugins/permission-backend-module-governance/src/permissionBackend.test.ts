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
import {
  BackendFeature,
  BackstageUserPrincipal,
  BackstageCredentials,
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  Permission,
  PolicyDecision,
  createPermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  governanceAuditReadPermission,
  governanceExceptionRequestPermission,
  governanceLifecycleManagePermission,
} from '@guardrails/plugin-governance-common';
import permissionBackend from '@backstage/plugin-permission-backend';
import request from 'supertest';
import { GovernancePermissionDecider } from './GovernancePermissionDecider';
import { GovernancePermissionPolicy } from './GovernancePermissionPolicy';
import { permissionModuleGovernancePolicy } from './module';

// The real permission backend, with the policy installed by `policyModule`.
// Users' groups come from the user info service, as the catalog gives them.
async function startPermissionBackend(policyModule: BackendFeature) {
  const groups: Record<string, string[]> = {
    'user:default/frank': ['group:default/platform-team'],
    'user:default/ada': ['group:default/sales-ops'],
  };
  const { server } = await startTestBackend({
    features: [
      permissionBackend,
      policyModule,
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          governance: { roles: { admins: ['group:default/platform-team'] } },
        },
      }),
      mockServices.userInfo.mock({
        async getUserInfo(credentials: BackstageCredentials) {
          const ref = (credentials.principal as BackstageUserPrincipal)
            .userEntityRef;
          return {
            userEntityRef: ref,
            ownershipEntityRefs: [ref, ...(groups[ref] ?? [])],
          };
        },
      }).factory,
    ],
  });
  return async (
    user: string,
    permission: Permission,
    token = mockCredentials.user.token(user),
  ) => {
    const res = await request(server)
      .post('/api/permission/authorize')
      .set('Authorization', `Bearer ${token}`)
      .send({ items: [{ id: '1', permission }] });
    expect(res.status).toBe(200);
    const { id, ...decision } = res.body.items[0];
    return decision as PolicyDecision;
  };
}

const frank = 'user:default/frank';
const ada = 'user:default/ada';
const allow = { result: AuthorizeResult.ALLOW };
const deny = { result: AuthorizeResult.DENY };

const catalogDelete = createPermission({
  name: 'catalog.entity.delete',
  attributes: { action: 'delete' },
});

// An app's own rules: only ada deletes catalog entities; everything else
// (governance permissions included, if it were asked) is allowed.
async function appDecision(
  query: PolicyQuery,
  user?: PolicyQueryUser,
): Promise<PolicyDecision> {
  if (query.permission.name === catalogDelete.name) {
    return user?.info.userEntityRef === ada ? allow : deny;
  }
  return allow;
}

/** The app's own policy module, combining Guardrails' decisions with its own. */
const appPolicyComposingDecider = createBackendModule({
  pluginId: 'permission',
  moduleId: 'app-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        const governance = GovernancePermissionDecider.fromConfig(config);
        policy.setPolicy({
          async handle(req, user) {
            return (
              (await governance.decide(req, user)) ?? appDecision(req, user)
            );
          },
        });
      },
    });
  },
});

/** The app's own policy module, wrapping its existing policy. */
const appPolicyWrappedByGuardrails = createBackendModule({
  pluginId: 'permission',
  moduleId: 'app-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        const existing: PermissionPolicy = { handle: appDecision };
        policy.setPolicy(
          GovernancePermissionPolicy.fromConfig(config, { fallback: existing }),
        );
      },
    });
  },
});

describe('the Guardrails policy in the real permission backend', () => {
  it('quick start: the module decides governance permissions and allows the rest', async () => {
    const authorize = await startPermissionBackend(
      permissionModuleGovernancePolicy,
    );
    expect(await authorize(frank, governanceLifecycleManagePermission)).toEqual(
      allow,
    );
    expect(await authorize(ada, governanceLifecycleManagePermission)).toEqual(
      deny,
    );
    expect(await authorize(frank, catalogDelete)).toEqual(allow);
    expect(await authorize(ada, catalogDelete)).toEqual(allow);
  });

  it.each([
    ['composes the decider into its own policy', appPolicyComposingDecider],
    [
      'wraps its own policy in GovernancePermissionPolicy',
      appPolicyWrappedByGuardrails,
    ],
  ])(
    'an app that %s: Guardrails decides governance, the app the rest',
    async (_, appModule) => {
      const authorize = await startPermissionBackend(appModule);
      // Governance permissions: Guardrails' roles, not the app's allow.
      expect(await authorize(frank, governanceAuditReadPermission)).toEqual(
        allow,
      );
      expect(await authorize(ada, governanceAuditReadPermission)).toEqual(deny);
      // Owner permissions come back as the catalog ownership condition, as
      // a plugin asking on the user's behalf receives them.
      expect(
        await authorize(
          ada,
          governanceExceptionRequestPermission,
          mockCredentials.user.token(ada, {
            actor: { subject: 'plugin:governance' },
          }),
        ),
      ).toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {
          rule: 'IS_ENTITY_OWNER',
          resourceType: 'catalog-entity',
          params: { claims: [ada, 'group:default/sales-ops'] },
        },
      });
      // Everything else: the app's own policy.
      expect(await authorize(ada, catalogDelete)).toEqual(allow);
      expect(await authorize(frank, catalogDelete)).toEqual(deny);
    },
  );

  it('cannot add the quick-start module beside an app policy: that is what composition is for', async () => {
    await expect(
      startTestBackend({
        features: [
          permissionBackend,
          permissionModuleGovernancePolicy,
          appPolicyComposingDecider,
        ],
      }),
    ).rejects.toThrow(/Policy already set/);
  });
});
