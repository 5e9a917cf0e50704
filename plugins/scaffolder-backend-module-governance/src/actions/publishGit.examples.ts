import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

const step = (input: object) =>
  yaml.stringify({
    steps: [
      {
        id: 'publish',
        name: 'Publish',
        action: 'governance:publish:git',
        input,
      },
    ],
  });

/** Examples shown in the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description: 'Publish to the local git server that scripts/start.sh runs',
    example: step({
      repoUrl: 'localhost:7009?owner=apps&repo=${{ parameters.name }}',
    }),
  },
  {
    description:
      'Publish a sub-folder to a GitLab group on a branch named trunk',
    example: step({
      repoUrl:
        'gitlab.example.com?owner=citizen-apps&repo=${{ parameters.name }}',
      sourcePath: './app',
      defaultBranch: 'trunk',
    }),
  },
];
