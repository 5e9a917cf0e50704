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
import { PolicyFinding } from '@guardrails/plugin-governance-common';
import { screen, within } from '@testing-library/react';
import { PolicyFindings } from './PolicyFindings';

const finding = (overrides: Partial<PolicyFinding>): PolicyFinding => ({
  packId: 'guardrails-default',
  packVersion: '1.0.0',
  ruleId: 'rule',
  title: 'A rule',
  severity: 'deny',
  stage: 'deny',
  outcome: 'violation',
  message: 'Something is wrong',
  remediation: 'Fix it',
  waived: false,
  blocking: true,
  ...overrides,
});

describe('PolicyFindings', () => {
  it('groups findings by enforcement, with remediation, waivers and pack version', async () => {
    await renderInTestApp(
      <PolicyFindings
        policy={{
          packs: [{ id: 'guardrails-default', version: '1.0.0' }],
          passedRules: 20,
          allowed: false,
          findings: [
            finding({
              ruleId: 'sensitive-no-admin-iam',
              title: 'Sensitive apps may not request admin IAM',
            }),
            finding({
              ruleId: 'no-public-buckets',
              title: 'No public buckets',
              waived: true,
              blocking: false,
            }),
            finding({
              ruleId: 'retirement-plan',
              title: 'Retirement plan',
              severity: 'warn',
              stage: 'warn',
              blocking: false,
            }),
            finding({
              ruleId: 'test-data',
              title: 'Test data purged',
              stage: 'audit',
              blocking: false,
              outcome: 'error',
            }),
          ],
        }}
      />,
    );
    expect(
      screen.getByText(
        'Blocked · 20 rules passed · packs: guardrails-default 1.0.0',
      ),
    ).toBeInTheDocument();
    const blocking = screen.getByRole('list', { name: 'Blocking findings' });
    expect(
      within(blocking).getByText('Sensitive apps may not request admin IAM'),
    ).toBeInTheDocument();
    const warnings = screen.getByRole('list', { name: 'Warnings findings' });
    expect(within(warnings).getByText('No public buckets')).toBeInTheDocument();
    expect(
      within(warnings).getByText('Waived by exception'),
    ).toBeInTheDocument();
    expect(within(warnings).getByText('Retirement plan')).toBeInTheDocument();
    const audit = screen.getByRole('list', { name: 'Audit only findings' });
    expect(within(audit).getByText('Evaluation error')).toBeInTheDocument();
    expect(screen.getAllByText('Remediation: Fix it')).toHaveLength(4);
  });

  it('says when every rule passes', async () => {
    await renderInTestApp(
      <PolicyFindings
        policy={{
          packs: [{ id: 'p', version: '1.0.0' }],
          passedRules: 3,
          allowed: true,
          findings: [],
        }}
      />,
    );
    expect(
      screen.getByText('Every applicable rule passes.'),
    ).toBeInTheDocument();
  });
});
