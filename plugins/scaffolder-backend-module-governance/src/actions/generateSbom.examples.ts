import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

const step = (input: object) =>
  yaml.stringify({
    steps: [
      {
        id: 'sbom',
        name: 'Generate the SBOM',
        action: 'governance:sbom:generate',
        input,
      },
    ],
  });

/** Examples shown in the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description: 'Write sbom.cdx.json at the root of the generated app',
    example: step({ name: '${{ parameters.name }}' }),
  },
  {
    description: 'SBOM of an app in a sub-folder, written under docs/',
    example: step({ path: './app', output: 'docs/sbom.cdx.json' }),
  },
];
