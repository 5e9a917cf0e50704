/**
 * Isomorphic types, the governance profile schema and the risk model of
 * Guardrails, shared by its frontend and backend packages.
 *
 * @packageDocumentation
 */

export * from './profile/governanceProfileSchema';
export * from './profile/governanceProfileJsonSchema';
export * from './profile/validateGovernanceProfile';
export * from './risk/riskWeights';
export * from './risk/tierRequirements';
export * from './risk/assessRisk';
export * from './approvals';
export * from './attestations';
export * from './evidence';
export * from './exceptions';
export * from './permissions';
export * from './policy';
export * from './posture';
export * from './lifecycle';
export * from './registration';
export * from './profile/buildProfileFromForm';
export * from './dashboard';
export * from './schema/openapi';
