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
/**
 * Service refs shared by the Guardrails governance backend and the backend
 * modules that build on it: the risk model and the policy engine.
 *
 * @packageDocumentation
 */

export { riskModelServiceRef } from './riskModelServiceRef';
export { DefaultRiskModelService } from './RiskModelService';
export type { RiskModelService } from './RiskModelService';
export { readRiskModelOptions } from './readRiskModelOptions';
export type { RiskModelOptions } from './readRiskModelOptions';
export { policyEngineServiceRef } from './policy/policyEngineServiceRef';
export { ruleKey } from './policy/PolicyEngine';
export type {
  PolicyEngine,
  PolicyEvaluationOptions,
  PolicyInput,
  PolicyPackSummary,
  PolicyRuleDescription,
} from './policy/PolicyEngine';
export { DefaultPolicyEngine } from './policy/DefaultPolicyEngine';
export type {
  ExternalPolicySource,
  OrganizationPolicySettings,
} from './policy/DefaultPolicyEngine';
export {
  loadPolicyPacks,
  loadPolicyPackFile,
  parsePolicyPack,
} from './policy/loadPolicyPacks';
export { PolicyPackError } from './policy/PolicyPackError';
export { OpaPolicySource } from './policy/OpaPolicySource';
export type { OpaOptions } from './policy/OpaPolicySource';
export { readPolicyOptions } from './policy/readPolicyOptions';
export type { PolicyOptions } from './policy/readPolicyOptions';
export { DEFAULT_CEL_LIMITS } from './policy/compilePolicyPack';
export type {
  CelLimits,
  CelProgram,
  CompiledPack,
  CompiledRule,
} from './policy/compilePolicyPack';
export { policyPackSchema, policyRuleSchema } from './policy/policyPackSchema';
export type { PolicyPack, PolicyRule } from './policy/policyPackSchema';
export { readGovernanceRoles, rolesOf } from './readGovernanceRoles';
export type { GovernanceRole, GovernanceRoles } from './readGovernanceRoles';
export { governanceRegistryServiceRef } from './client/governanceRegistryServiceRef';
export { DefaultGovernanceRegistryService } from './client/DefaultGovernanceRegistryService';
export type { GovernanceRegistryService } from './client/GovernanceRegistryService';
export {
  GOVERNANCE_ENTITY_FIELDS,
  GOVERNANCE_ENTITY_CHANGED_TOPIC,
  governanceEntityDigest,
  governanceEntityChangedEvent,
} from './events/governanceEntityDigest';
export type { GovernanceEntityChangedEvent } from './events/governanceEntityDigest';
