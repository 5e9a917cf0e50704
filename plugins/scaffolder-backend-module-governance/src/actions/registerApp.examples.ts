import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples shown in the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description:
      'Register the app after catalog:register, with the SBOM and secret-scan results of earlier steps',
    example: yaml.stringify({
      steps: [
        {
          id: 'governance-register',
          name: 'Register with governance',
          action: 'governance:app:register',
          input: {
            entityRef: '${{ steps["catalog-register"].output.entityRef }}',
            repoUrl: '${{ steps.publish.output.remoteUrl }}',
            sbom: '${{ steps.sbom.output.summary }}',
            secretScan: '${{ steps["secret-scan"].output.summary }}',
          },
        },
      ],
    }),
  },
  {
    description: 'Register an app already in the catalog',
    example: yaml.stringify({
      steps: [
        {
          id: 'governance-register',
          name: 'Register with governance',
          action: 'governance:app:register',
          input: { entityRef: 'component:default/where2eat', waitSeconds: 0 },
        },
      ],
    }),
  },
];
