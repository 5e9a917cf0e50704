import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Run a policy dry run against every governed app (platform admins).
 *
 * @public
 */
export const governancePolicyDryRunPermission = createPermission({
  name: 'governance.policy.dry-run',
  attributes: { action: 'read' },
});

/** Every permission of the governance plugin. @public */
export const governancePermissions = [governancePolicyDryRunPermission];
