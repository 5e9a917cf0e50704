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

/** Examples shown in the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description: 'Assess a low-risk Slack bot before publishing it',
    example: yaml.stringify({
      steps: [
        {
          id: 'assess-risk',
          name: 'Assess risk',
          action: 'governance:risk:assess',
          input: {
            profile: {
              supportContact: '#team-tools',
              businessUnit: 'Product',
              purpose: 'Posts standup notes to the team channel.',
              dataClassification: 'internal',
              accessScope: 'team',
              integrations: [
                { target: 'slack', access: 'write', approvedConnector: true },
              ],
              executionEnvironment: 'vendor-hosted',
              operationalCriticality: 'toy',
              allowedRegions: ['eu-west-1'],
            },
          },
        },
      ],
    }),
  },
  {
    description: 'Assess the profile entered in the template form',
    example: yaml.stringify({
      steps: [
        {
          id: 'assess-risk',
          name: 'Assess risk',
          action: 'governance:risk:assess',
          input: {
            profile: {
              supportContact: '${{ parameters.supportContact }}',
              businessUnit: '${{ parameters.businessUnit }}',
              purpose: '${{ parameters.purpose }}',
              dataClassification: 'restricted',
              dataTypes: ['customer-data'],
              accessScope: 'cross-team',
              integrations: [
                {
                  target: 'salesforce',
                  access: 'admin',
                  approvedConnector: true,
                },
              ],
              executionEnvironment: 'company-cloud',
              operationalCriticality: 'sla-critical',
              allowedRegions: ['us-east-1'],
            },
          },
        },
      ],
    }),
  },
];
