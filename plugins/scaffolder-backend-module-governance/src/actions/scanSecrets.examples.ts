import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples shown in the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description: 'Scan the whole generated workspace before publishing it',
    example: yaml.stringify({
      steps: [
        {
          id: 'secret-scan',
          name: 'Scan for secrets',
          action: 'governance:secrets:scan',
          input: {},
        },
      ],
    }),
  },
  {
    description: 'Scan only the app folder of the workspace',
    example: yaml.stringify({
      steps: [
        {
          id: 'secret-scan',
          name: 'Scan for secrets',
          action: 'governance:secrets:scan',
          input: { path: './app' },
        },
      ],
    }),
  },
];
