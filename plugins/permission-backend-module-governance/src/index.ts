/**
 * The Guardrails permission policy for the permission backend.
 *
 * @packageDocumentation
 */

export { permissionModuleGovernancePolicy as default } from './module';
export { GovernancePermissionPolicy } from './GovernancePermissionPolicy';
