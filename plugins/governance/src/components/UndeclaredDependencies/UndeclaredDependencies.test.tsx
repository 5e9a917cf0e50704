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
import { renderInTestApp } from '@backstage/test-utils';
import {
  AppSbomFacts,
  PolicyFinding,
  deriveSbomFacts,
  governanceProfileSchema,
} from '@guardrails/plugin-governance-common';
import { screen, within } from '@testing-library/react';
import { UndeclaredDependencies } from './UndeclaredDependencies';

const facts = deriveSbomFacts({
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
    { name: 'jsforce', version: '3.6.0', purl: 'pkg:npm/jsforce@3.6.0' },
  ],
});
const sbom: AppSbomFacts = {
  ...facts,
  sbomSha256: 'a'.repeat(64),
  specVersion: '1.6',
  componentCount: 412,
  submittedBy: 'service:crm-ci',
  submittedAt: '2026-12-07T10:00:00.000Z',
};
const profile = governanceProfileSchema.parse({
  supportContact: 'sales-ops@acme.example',
  businessUnit: 'Sales',
  purpose: 'Applies account-review outcomes to customer records.',
  dataClassification: 'restricted',
  accessScope: 'team',
  integrations: [{ target: 'salesforce', access: 'write', type: 'saas' }],
  executionEnvironment: 'company-cloud',
  operationalCriticality: 'productivity',
  allowedRegions: ['eu-west-1'],
});
const finding = (
  ruleId: string,
  overrides: Partial<PolicyFinding>,
): PolicyFinding => ({
  packId: 'guardrails-default',
  packVersion: '1.1.0',
  ruleId,
  title: ruleId,
  severity: 'warn',
  stage: 'warn',
  outcome: 'violation',
  message: 'Found in code, not declared',
  remediation: 'Declare it',
  waived: false,
  blocking: false,
  ...overrides,
});

describe('UndeclaredDependencies', () => {
  it('lists each undeclared package with what it implies, its finding and the remediation', async () => {
    await renderInTestApp(
      <UndeclaredDependencies
        sbom={sbom}
        profile={profile}
        findings={[
          finding('sbom-undeclared-integration', {
            title: 'Integrations found in code are declared',
          }),
          finding('sbom-undeclared-database-write-driver', {
            title: 'No undeclared database write driver on confidential data',
            severity: 'deny',
            stage: 'deny',
            blocking: true,
          }),
        ]}
      />,
    );
    expect(screen.getByText('Found in code, not declared')).toBeInTheDocument();
    expect(
      screen.getByText(
        /From the SBOM submitted by service:crm-ci on 2026-12-07: 412 components, 3 known integrations/,
      ),
    ).toBeInTheDocument();
    // jsforce is declared (salesforce): not listed.
    expect(screen.queryByTestId('undeclared-jsforce')).not.toBeInTheDocument();

    const slack = within(screen.getByTestId('undeclared-@slack/web-api'));
    expect(slack.getByText('@slack/web-api@7.8.0')).toBeInTheDocument();
    expect(
      slack.getByText('Slack Web API client: integration slack (saas)'),
    ).toBeInTheDocument();
    expect(slack.getByText('Warning')).toBeInTheDocument();
    expect(
      slack.getByText(
        'Declare integration slack in catalog-info.yaml under spec.governance.integrations (target: slack, type: saas, access: read, write or admin), or remove @slack/web-api.',
      ),
    ).toBeInTheDocument();

    const pg = within(screen.getByTestId('undeclared-pg'));
    expect(
      pg.getByText(
        'PostgreSQL driver: integration postgresql (database), database write driver',
      ),
    ).toBeInTheDocument();
    expect(pg.getByText('Blocking (deny)')).toBeInTheDocument();
    expect(
      pg.getByText('No undeclared database write driver on confidential data'),
    ).toBeInTheDocument();
    expect(
      pg.getByText(
        /spec\.governance\.integrations \(target, access, type: database/,
      ),
    ).toBeInTheDocument();
  });

  it('says so when everything found is declared', async () => {
    await renderInTestApp(
      <UndeclaredDependencies
        sbom={{
          ...sbom,
          integrations: sbom.integrations.filter(f => f.package === 'jsforce'),
        }}
        profile={profile}
        findings={[]}
      />,
    );
    expect(
      screen.getByText(
        "Every integration found in the app's code is declared in its governance profile.",
      ),
    ).toBeInTheDocument();
  });
});
