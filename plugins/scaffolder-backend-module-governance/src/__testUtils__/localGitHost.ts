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
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigReader } from '@backstage/config';
import { LocalGitServer } from '@guardrails/local-git-server';

const USERNAME = 'robot';
const PASSWORD = 's3cret';

/**
 * Starts the local git server for the tests of a file (real HTTP pushes,
 * real clones) and gives config, workspaces and clones around it.
 */
export function useLocalGitHost() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-'));
  const server = new LocalGitServer({
    rootDir: path.join(tmp, 'repos'),
    username: USERNAME,
    password: PASSWORD,
  });
  let baseUrl = '';
  beforeAll(async () => {
    baseUrl = await server.start(0);
  });
  afterAll(() => server.stop());

  return {
    server,
    /** The server's base URL, once started. */
    baseUrl: () => baseUrl,
    /** host:port of the server, as a repoUrl names it. */
    host: () => new URL(baseUrl).host,
    /** A gitea integration per host, all served by the local git server. */
    configFor: (hosts: string[], password = PASSWORD) =>
      new ConfigReader({
        integrations: {
          gitea: hosts.map(host => ({
            host,
            baseUrl,
            username: USERNAME,
            password,
          })),
        },
      }),
    /** A workspace with catalog-info.yaml and app/index.js. */
    workspace: () => {
      const dir = fs.mkdtempSync(path.join(tmp, 'ws-'));
      fs.mkdirSync(path.join(dir, 'app'));
      fs.writeFileSync(
        path.join(dir, 'catalog-info.yaml'),
        'kind: Component\n',
      );
      fs.writeFileSync(path.join(dir, 'app', 'index.js'), 'console.log(1);\n');
      return dir;
    },
    /** Clones a branch with the git CLI, into a new folder. */
    clone: async (url: string, branch: string) => {
      const dir = fs.mkdtempSync(path.join(tmp, 'clone-'));
      await promisify(execFile)('git', ['clone', '-q', '-b', branch, url, dir]);
      return dir;
    },
  };
}
