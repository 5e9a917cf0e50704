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
import { useLocalGitHost } from '../__testUtils__/localGitHost';
import { createPublishGitAction } from './publishGit';

jest.setTimeout(60_000);

const git = useLocalGitHost();
const actionFor = (hosts: string[], password?: string) =>
  createPublishGitAction({ config: git.configFor(hosts, password) });

describe('governance:publish:git against the local git server', () => {
  it('pushes the workspace and outputs the clone and contents URLs', async () => {
    const ctx = createMockActionContext({
      input: { repoUrl: `${git.host()}?owner=apps&repo=burndown` },
      workspacePath: git.workspace(),
    });
    await actionFor([git.host()]).handler(ctx as any);
    expect(ctx.output).toHaveBeenCalledWith(
      'remoteUrl',
      `${git.baseUrl()}/apps/burndown.git`,
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'repoContentsUrl',
      `${git.baseUrl()}/apps/burndown/src/branch/main/`,
    );
    const dir = await git.clone(`${git.baseUrl()}/apps/burndown.git`, 'main');
    expect(fs.readFileSync(path.join(dir, 'catalog-info.yaml'), 'utf8')).toBe(
      'kind: Component\n',
    );
    expect(fs.existsSync(path.join(dir, 'app', 'index.js'))).toBe(true);
  });

  it('fails with wrong credentials and publishes nothing', async () => {
    const ctx = createMockActionContext({
      input: { repoUrl: `${git.host()}?owner=apps&repo=refused` },
      workspacePath: git.workspace(),
    });
    await expect(
      actionFor([git.host()], 'wrong').handler(ctx as any),
    ).rejects.toThrow();
    expect(fs.existsSync(git.server.repoDir('apps', 'refused'))).toBe(false);
  });

  it('names repoUrl when no integration covers the host', async () => {
    const ctx = createMockActionContext({
      input: { repoUrl: 'git.unknown.example?owner=apps&repo=x' },
      workspacePath: git.workspace(),
    });
    await expect(actionFor([git.host()]).handler(ctx as any)).rejects.toThrow(
      /git\.unknown\.example/,
    );
  });
});
