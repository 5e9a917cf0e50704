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
import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

const step = (input: object) =>
  yaml.stringify({
    steps: [
      {
        id: 'policy-check',
        name: 'Check policies',
        action: 'governance:policy:check',
        input,
      },
    ],
  });

/** Examples shown in the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description: 'Check the profile entered in the form before publishing',
    example: step({
      name: '${{ parameters.name }}',
      owner: '${{ parameters.owner }}',
      lifecycle: 'experimental',
      profile: {
        supportContact: '${{ parameters.supportContact }}',
        businessUnit: '${{ parameters.businessUnit }}',
        purpose: '${{ parameters.purpose }}',
        dataClassification: 'internal',
        accessScope: 'team',
        integrations: [
          {
            target: 'jira',
            access: 'read',
            approvedConnector: true,
            type: 'saas',
          },
        ],
        executionEnvironment: 'serverless',
        operationalCriticality: 'productivity',
        allowedRegions: ['eu-west-1'],
        cost: { profile: 'low', monthlyBudget: 50 },
        retentionDays: 90,
        testDataRetentionDays: 7,
        retirementDate: '2099-12-31',
      },
    }),
  },
];
