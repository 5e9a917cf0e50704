/**
 * Service refs shared by the Guardrails governance backend and the backend
 * modules that build on it.
 *
 * @packageDocumentation
 */

export { riskModelServiceRef } from './riskModelServiceRef';
export { DefaultRiskModelService } from './RiskModelService';
export type { RiskModelService } from './RiskModelService';
export { readRiskModelOptions } from './readRiskModelOptions';
export type { RiskModelOptions } from './readRiskModelOptions';
