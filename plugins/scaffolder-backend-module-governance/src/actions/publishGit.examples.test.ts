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
import fs from 'node:fs';
import path from 'node:path';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { useLocalGitHost } from '../__testUtils__/localGitHost';
import { createPublishGitAction } from './publishGit';
import { examples } from './publishGit.examples';

jest.setTimeout(60_000);

const git = useLocalGitHost();

describe('governance:publish:git examples', () => {
  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example "%s" with its host pointed at the local git server',
    async (_description, example) => {
      const step = yaml.parse(example).steps[0];
      const repoUrl = step.input.repoUrl.replace(
        '${{ parameters.name }}',
        'example-app',
      );
      const exampleHost = repoUrl.split('?')[0];
      const action = createPublishGitAction({
        config: git.configFor([exampleHost]),
      });
      expect(step.action).toBe(action.id);
      const ctx = createMockActionContext({
        input: { ...step.input, repoUrl },
        workspacePath: git.workspace(),
      });
      await action.handler(ctx as any);
      const owner = new URLSearchParams(repoUrl.split('?')[1]).get('owner');
      const dir = await git.clone(
        `${git.baseUrl()}/${owner}/example-app.git`,
        step.input.defaultBranch ?? 'main',
      );
      const published = step.input.sourcePath
        ? 'index.js'
        : 'catalog-info.yaml';
      expect(fs.existsSync(path.join(dir, published))).toBe(true);
    },
  );
});
