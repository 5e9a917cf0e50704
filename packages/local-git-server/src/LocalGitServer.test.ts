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
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalGitServer } from './LocalGitServer';

// Asynchronous: the server answers from this same process.
const run = async (cwd: string, ...args: string[]) =>
  (await promisify(execFile)('git', args, { cwd })).stdout;

describe('LocalGitServer', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'local-git-'));
  const server = new LocalGitServer({
    rootDir: path.join(tmp, 'repos'),
    username: 'robot',
    password: 's3cret',
  });
  let baseUrl: string;
  const work = path.join(tmp, 'work');

  beforeAll(async () => {
    baseUrl = await server.start(0);
    fs.mkdirSync(work);
    fs.writeFileSync(path.join(work, 'catalog-info.yaml'), 'kind: Component\n');
    await run(work, 'init', '-q', '-b', 'main');
    await run(work, 'add', 'catalog-info.yaml');
    await run(
      work,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@x',
      'commit',
      '-qam',
      'x',
    );
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('refuses a push without the configured credentials', async () => {
    const remote = `${baseUrl.replace('//', '//robot:wrong@')}/apps/demo.git`;
    await expect(run(work, 'push', '-q', remote, 'main')).rejects.toThrow();
  });

  it('creates the repository on first push and serves clones and file contents', async () => {
    const remote = `${baseUrl.replace('//', '//robot:s3cret@')}/apps/demo.git`;
    await run(work, 'push', '-q', remote, 'main');

    const clone = path.join(tmp, 'clone');
    await run(tmp, 'clone', '-q', `${baseUrl}/apps/demo.git`, clone);
    expect(fs.readFileSync(path.join(clone, 'catalog-info.yaml'), 'utf8')).toBe(
      'kind: Component\n',
    );

    const res = await fetch(
      `${baseUrl}/api/v1/repos/apps/demo/contents/catalog-info.yaml?ref=main`,
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Buffer.from(body.content, 'base64').toString()).toBe(
      'kind: Component\n',
    );
    await expect(
      run(
        tmp,
        'clone',
        '-q',
        `${baseUrl}/apps/unknown.git`,
        path.join(tmp, 'x'),
      ),
    ).rejects.toThrow();
    expect(fs.existsSync(server.repoDir('apps', 'unknown'))).toBe(false);

    const missing = await fetch(
      `${baseUrl}/api/v1/repos/apps/demo/contents/nope.yaml?ref=main`,
    );
    expect(missing.status).toBe(404);
  });
});
