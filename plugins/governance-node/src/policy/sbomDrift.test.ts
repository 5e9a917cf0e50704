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
  GovernanceProfileInput,
  SBOM_DRIFT_RULES,
  deriveSbomFacts,
  isSbomFactDeclared,
} from '@guardrails/plugin-governance-common';
import { DefaultPolicyEngine } from './DefaultPolicyEngine';
import { DEFAULT_PACK_PATH, loadPolicyPackFile } from './loadPolicyPacks';
import { PolicyInput } from './PolicyEngine';
import { inputFor, testOrganization } from './__fixtures__/compliantApp';

const engine = new DefaultPolicyEngine(
  [loadPolicyPackFile(DEFAULT_PACK_PATH)],
  testOrganization,
);

/** An SBOM as the scaffolder writes it from a package-lock.json. */
const sbom = deriveSbomFacts({
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  components: [
    {
      group: '@slack',
      name: 'web-api',
      version: '7.8.0',
      purl: 'pkg:npm/%40slack/web-api@7.8.0',
    },
    { name: 'pg', version: '8.11.3', purl: 'pkg:npm/pg@8.11.3' },
    { name: 'express', version: '4.21.2', purl: 'pkg:npm/express@4.21.2' },
  ],
});

const driftFindings = async (
  patch: Partial<Record<keyof GovernanceProfileInput, unknown>>,
  facts = sbom,
) => {
  const input: PolicyInput = { ...inputFor(patch), sbom: facts };
  const evaluation = await engine.evaluate(input);
  return evaluation.findings
    .filter(f => f.ruleId.startsWith('sbom-'))
    .map(f => ({
      ruleId: f.ruleId,
      stage: f.stage,
      blocking: f.blocking,
      message: f.message,
    }));
};

const slack = {
  target: 'slack',
  access: 'write',
  type: 'saas',
  approvedConnector: true,
};
const ownDatabase = {
  target: 'expenses-db',
  access: 'write',
  type: 'database',
  owned: true,
};

describe('declared versus actual (the default pack on SBOM facts)', () => {
  it('finds @slack/web-api and pg undeclared on a confidential app: a warning and a blocking deny', async () => {
    expect(
      await driftFindings({
        dataClassification: 'confidential',
        integrations: [],
      }),
    ).toEqual([
      {
        ruleId: SBOM_DRIFT_RULES.undeclaredIntegration,
        stage: 'warn',
        blocking: false,
        message:
          'Found in code, not declared: @slack/web-api (slack), pg (postgresql)',
      },
      {
        ruleId: SBOM_DRIFT_RULES.undeclaredDatabaseWriteDriver,
        stage: 'deny',
        blocking: true,
        message:
          'Database write driver found in code, not declared: pg (postgresql)',
      },
    ]);
  });

  it('only warns on internal data', async () => {
    expect(
      await driftFindings({ dataClassification: 'internal', integrations: [] }),
    ).toEqual([
      expect.objectContaining({
        ruleId: SBOM_DRIFT_RULES.undeclaredIntegration,
        blocking: false,
      }),
    ]);
  });

  it('clears the findings once both are declared', async () => {
    expect(
      await driftFindings({
        dataClassification: 'confidential',
        integrations: [slack, ownDatabase],
      }),
    ).toEqual([]);
  });

  it('keeps the finding for what is still undeclared', async () => {
    expect(
      await driftFindings({
        dataClassification: 'confidential',
        integrations: [slack],
      }),
    ).toEqual([
      expect.objectContaining({
        ruleId: SBOM_DRIFT_RULES.undeclaredIntegration,
        message: 'Found in code, not declared: pg (postgresql)',
      }),
      expect.objectContaining({
        ruleId: SBOM_DRIFT_RULES.undeclaredDatabaseWriteDriver,
        blocking: true,
      }),
    ]);
  });

  it('denies an undeclared LLM client on confidential data, and passes it once declared', async () => {
    const openai = deriveSbomFacts({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [{ name: 'openai', purl: 'pkg:pypi/openai@1.30.0' }],
    });
    const undeclared = await driftFindings(
      { dataClassification: 'restricted', integrations: [ownDatabase] },
      openai,
    );
    expect(undeclared.map(f => [f.ruleId, f.blocking])).toEqual([
      [SBOM_DRIFT_RULES.undeclaredIntegration, false],
      [SBOM_DRIFT_RULES.undeclaredLlmClient, true],
    ]);
    expect(
      await driftFindings(
        {
          dataClassification: 'restricted',
          integrations: [
            ownDatabase,
            { target: 'OpenAI', access: 'write', type: 'api' },
          ],
        },
        openai,
      ),
    ).toEqual([]);
  });

  it('has no drift findings without an SBOM', async () => {
    const evaluation = await engine.evaluate(
      inputFor({ dataClassification: 'confidential', integrations: [] }),
    );
    expect(
      evaluation.findings.filter(f => f.ruleId.startsWith('sbom-')),
    ).toEqual([]);
  });

  it('agrees with isSbomFactDeclared, which the Governance tab uses', async () => {
    for (const integrations of [
      [],
      [slack],
      [ownDatabase],
      [slack, ownDatabase],
    ]) {
      const { profile } = inputFor({ integrations });
      const undeclared = sbom.integrations
        .filter(f => !isSbomFactDeclared(f, profile))
        .map(f => `${f.package} (${f.target})`);
      const [finding] = await driftFindings({ integrations });
      expect(finding?.message ?? '').toBe(
        undeclared.length
          ? `Found in code, not declared: ${undeclared.join(', ')}`
          : '',
      );
    }
  });
});
