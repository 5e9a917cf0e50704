import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { readGovernanceRoles } from '@guardrails/plugin-governance-node';
import { GovernancePermissionPolicy } from './GovernancePermissionPolicy';

/**
 * Installs the Guardrails permission policy, with the roles from
 * `governance.roles` in app-config.
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
        policy.setPolicy(
          new GovernancePermissionPolicy(readGovernanceRoles(config)),
        );
      },
    });
  },
});
