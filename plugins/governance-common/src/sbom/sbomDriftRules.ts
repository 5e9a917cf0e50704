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
import { PolicyFinding } from '../policy';
import { SbomIntegrationFact } from './deriveSbomFacts';

/**
 * The default pack's rules that compare SBOM facts with the profile: any
 * undeclared integration warns; an undeclared database write driver or LLM
 * client denies on confidential data or above.
 *
 * @public
 */
export const SBOM_DRIFT_RULES = {
  packId: 'guardrails-default',
  undeclaredIntegration: 'sbom-undeclared-integration',
  undeclaredDatabaseWriteDriver: 'sbom-undeclared-database-write-driver',
  undeclaredLlmClient: 'sbom-undeclared-llm-client',
} as const;

const STAGE_RANK = { audit: 0, warn: 1, deny: 2 } as const;

const rank = (f: PolicyFinding) =>
  (f.blocking ? 4 : 0) + STAGE_RANK[f.stage] + (f.severity === 'deny' ? 1 : 0);

/**
 * The most serious finding of the drift rules that applies to one
 * undeclared fact, if any rule fired for it.
 *
 * @public
 */
export function sbomDriftFindingFor(
  fact: Pick<SbomIntegrationFact, 'databaseWrite' | 'llmClient'>,
  findings: readonly PolicyFinding[],
): PolicyFinding | undefined {
  const rules: string[] = [SBOM_DRIFT_RULES.undeclaredIntegration];
  if (fact.databaseWrite) {
    rules.push(SBOM_DRIFT_RULES.undeclaredDatabaseWriteDriver);
  }
  if (fact.llmClient) rules.push(SBOM_DRIFT_RULES.undeclaredLlmClient);
  return findings
    .filter(
      f =>
        f.packId === SBOM_DRIFT_RULES.packId &&
        rules.includes(f.ruleId) &&
        f.outcome === 'violation',
    )
    .sort((a, b) => rank(b) - rank(a))[0];
}
