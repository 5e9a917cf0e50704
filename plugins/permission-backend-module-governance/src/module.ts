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
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { GovernancePermissionPolicy } from './GovernancePermissionPolicy';

/**
 * The quick start: installs the Guardrails permission policy as the app's
 * only policy, with the roles from `governance.roles` in app-config. Every
 * permission that is not a `governance.*` one is allowed. An app that has a
 * policy of its own composes {@link GovernancePermissionDecider} or
 * {@link GovernancePermissionPolicy} into it instead of adding this module.
 *
 * @public
 */
export const permissionModuleGovernancePolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'governance-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(GovernancePermissionPolicy.fromConfig(config));
      },
    });
  },
});
