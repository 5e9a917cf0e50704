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
import { screen, waitFor } from '@testing-library/react';
import {
  PolicyFinding,
  assessRisk,
  governanceProfileSchema,
} from '@guardrails/plugin-governance-common';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { GovernancePreviewField } from './GovernancePreviewField';
import { governancePreviewValidation } from './governancePreviewValidation';

const answers = {
  name: 'burndown',
  owner: 'group:default/team-tools',
  purpose: 'Shows the sprint burndown for the team.',
  businessUnit: 'Product',
  supportContact: '#team-tools',
  dataClassification: 'internal',
  accessScope: 'team',
  integrationTarget: 'jira',
  integrationAccess: 'read',
  region: 'eu-west-1',
  costProfile: 'low',
  monthlyBudget: 50,
  retirementDate: '2099-12-31',
};
const defaults = {
  executionEnvironment: 'serverless',
  operationalCriticality: 'productivity',
};

const denyFinding: PolicyFinding = {
  packId: 'guardrails-default',
  packVersion: '1.0.0',
  ruleId: 'sensitive-no-admin-iam',
  title: 'No admin access with sensitive data',
  severity: 'deny',
  stage: 'deny',
  outcome: 'violation',
  message: 'Admin access on crm with confidential data.',
  remediation: 'Request read or write access instead of admin.',
  waived: false,
  blocking: true,
};

/** The real risk model answers; the policy findings are given. */
const evaluateWith = (findings: PolicyFinding[]) =>
  jest.fn(async (profile: any) => ({
    risk: assessRisk(governanceProfileSchema.parse(profile)),
    policy: {
      packs: [{ id: 'guardrails-default', version: '1.0.0' }],
      findings,
      passedRules: 20,
      allowed: findings.every(f => !f.blocking),
    },
  }));

const renderField = async (formData: object, evaluateProfile: jest.Mock) => {
  const onChange = jest.fn();
  const props: any = {
    formContext: { formData },
    onChange,
    uiSchema: { 'ui:options': { defaults } },
    schema: { title: 'Risk tier and policy check' },
    rawErrors: [],
  };
  await renderWithGovernanceApi(<GovernancePreviewField {...props} />, {
    evaluateProfile,
  });
  return { onChange };
};

describe('GovernancePreviewField', () => {
  it('says so when the backend cannot evaluate the answers', async () => {
    await renderField(
      answers,
      jest.fn(async () => {
        throw new Error('governance is down');
      }),
    );
    expect(
      await screen.findByText(
        /Could not check the answers: governance is down/,
        {},
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
  });

  it('shows the tier of the answers and stores it as the field value', async () => {
    const evaluate = evaluateWith([]);
    const { onChange } = await renderField(answers, evaluate);
    expect(
      await screen.findByLabelText(/Approval tier 0/, {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('No policy findings.')).toBeInTheDocument();
    expect(evaluate).toHaveBeenCalledWith(
      expect.objectContaining({
        executionEnvironment: 'serverless',
        allowedRegions: ['eu-west-1'],
      }),
      // Owner rules need the entity the template will create.
      expect.objectContaining({
        metadata: { name: 'burndown' },
        spec: expect.objectContaining({ owner: 'group:default/team-tools' }),
      }),
    );
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ tier: 0, blocking: 0 }),
      ),
    );
  });

  it('shows a higher tier for sensitive data', async () => {
    await renderField(
      { ...answers, dataClassification: 'restricted', dataTypes: ['pii'] },
      evaluateWith([]),
    );
    expect(
      await screen.findByLabelText(/Approval tier [23]/, {}, { timeout: 3000 }),
    ).toBeInTheDocument();
  });

  it('shows deny findings with their remediation and blocks the form', async () => {
    const { onChange } = await renderField(
      answers,
      evaluateWith([denyFinding]),
    );
    expect(
      await screen.findByText('Blocked by policy', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Request read or write access instead of admin/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ blocking: 1 }),
      ),
    );
    const addError = jest.fn();
    governancePreviewValidation(onChange.mock.lastCall[0], {
      addError,
    } as any);
    expect(addError).toHaveBeenCalledWith(
      expect.stringMatching(/1 blocking policy finding/),
    );
  });

  it('lists what is still missing instead of calling the backend', async () => {
    const evaluate = evaluateWith([]);
    await renderField({ ...answers, region: undefined }, evaluate);
    expect(
      await screen.findByText('Answer these to see the risk tier'),
    ).toBeInTheDocument();
    expect(screen.getByText(/allowedRegions/)).toBeInTheDocument();
    expect(evaluate).not.toHaveBeenCalled();
  });
});
