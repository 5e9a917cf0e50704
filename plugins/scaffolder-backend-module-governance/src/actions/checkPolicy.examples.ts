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
