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
import { buildProfileFromForm } from './buildProfileFromForm';
import { validateGovernanceProfile } from './validateGovernanceProfile';

const answers = {
  name: 'burndown',
  purpose: 'Shows the sprint burndown for the team.',
  businessUnit: 'Product',
  supportContact: '#team-tools',
  dataClassification: 'internal',
  dataTypes: [],
  accessScope: 'team',
  integrationTarget: 'jira',
  integrationAccess: 'read',
  requestedScopes: ['read:jira-work'],
  region: 'eu-west-1',
  costProfile: 'low',
  monthlyBudget: 50,
  retirementDate: '2099-12-31',
};

describe('buildProfileFromForm', () => {
  it('builds a valid profile from the answers and the template defaults', () => {
    const profile = buildProfileFromForm(answers, {
      executionEnvironment: 'serverless',
      operationalCriticality: 'productivity',
      integration: { type: 'saas' },
    });
    expect(profile).toMatchObject({
      executionEnvironment: 'serverless',
      allowedRegions: ['eu-west-1'],
      cost: { profile: 'low', monthlyBudget: 50 },
      integrations: [
        {
          target: 'jira',
          access: 'read',
          approvedConnector: true,
          type: 'saas',
          scopes: ['read:jira-work'],
        },
      ],
    });
    expect(validateGovernanceProfile(profile).valid).toBe(true);
  });

  it('leaves out what the form has not answered yet, so validation names it', () => {
    const profile = buildProfileFromForm(
      { purpose: 'Too short' },
      { executionEnvironment: 'serverless' },
    );
    expect(profile.integrations).toEqual([]);
    expect(profile).not.toHaveProperty('allowedRegions');
    const result = validateGovernanceProfile(profile);
    expect(result.valid).toBe(false);
  });
});
