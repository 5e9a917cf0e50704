/**
 * Catalog module that validates Guardrails governance profiles.
 *
 * @packageDocumentation
 */

export { catalogModuleGovernance as default } from './module';
export { GovernanceProfileProcessor } from './processor/GovernanceProfileProcessor';
