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
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import git from 'isomorphic-git';
import { Git } from 'node-git-server';

/**
 * Options of {@link LocalGitServer}.
 *
 * @public
 */
export interface LocalGitServerOptions {
  /** Where the bare repositories live, as `<owner>/<repo>.git`. */
  rootDir: string;
  /** Credentials a push must present (HTTP basic auth). */
  username: string;
  password: string;
}

// GET /api/v1/repos/<owner>/<repo>/contents/<path>?ref=<branch>
const CONTENTS_API = /^\/api\/v1\/repos\/([\w.-]+)\/([\w.-]+)\/contents\/(.+)$/;

/**
 * A git host for local use: smart HTTP clone and push (repositories are
 * created on first push), plus the one Gitea API call Backstage's Gitea URL
 * reader makes, so the catalog can read files from the pushed repositories.
 * Pushes need the configured credentials; reads are open, which is why it
 * listens on loopback only.
 *
 * @public
 */
export class LocalGitServer {
  private readonly repos: Git;
  private server?: http.Server;

  constructor(private readonly options: LocalGitServerOptions) {
    fs.mkdirSync(options.rootDir, { recursive: true });
    this.repos = new Git(options.rootDir, {
      // Only pushes create repositories (below); clones of unknown ones 404.
      autoCreate: false,
      authenticate: async ({ type, repo, user }) => {
        if (type !== 'push') return;
        const [username, password] = await user();
        if (username !== options.username || password !== options.password) {
          throw new Error('Pushing needs the configured credentials');
        }
        // Created here rather than by node-git-server so that HEAD names
        // main, the branch the templates publish, whatever git's default.
        const dir = path.join(options.rootDir, `${repo}.git`);
        if (!fs.existsSync(dir)) {
          await promisify(execFile)('git', [
            'init',
            '-q',
            '--bare',
            '-b',
            'main',
            dir,
          ]);
        }
      },
    });
  }

  /** Listens on 127.0.0.1; port 0 picks a free port. Returns the base URL. */
  async start(port: number): Promise<string> {
    this.server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const contents = url.pathname.match(CONTENTS_API);
      if (req.method === 'GET' && contents) {
        const [, owner, repo, filepath] = contents;
        this.readContents(owner, repo, decodeURIComponent(filepath), url)
          .then(body => {
            res.writeHead(body ? 200 : 404, {
              'Content-Type': 'application/json',
            });
            res.end(JSON.stringify(body ?? { message: 'Not found' }));
          })
          .catch(error => {
            res.writeHead(500, { 'Content-Type': 'application/json' });
            res.end(JSON.stringify({ message: String(error) }));
          });
        return;
      }
      this.repos.handle(req, res);
    });
    await new Promise<void>(resolve =>
      this.server!.listen(port, '127.0.0.1', resolve),
    );
    const address = this.server.address() as AddressInfo;
    return `http://localhost:${address.port}`;
  }

  async stop(): Promise<void> {
    await new Promise(resolve => this.server?.close(resolve));
  }

  /** The bare repository directory of owner/repo. */
  repoDir(owner: string, repo: string): string {
    return path.join(this.options.rootDir, owner, `${repo}.git`);
  }

  private async readContents(
    owner: string,
    repo: string,
    filepath: string,
    url: URL,
  ) {
    const gitdir = this.repoDir(owner, repo);
    if (!fs.existsSync(gitdir) || filepath.includes('..')) return undefined;
    try {
      const ref = url.searchParams.get('ref') || 'HEAD';
      const oid = await git.resolveRef({ fs, gitdir, ref });
      const blob = await git.readBlob({ fs, gitdir, oid, filepath });
      return {
        type: 'file',
        path: filepath,
        sha: blob.oid,
        encoding: 'base64',
        content: Buffer.from(blob.blob).toString('base64'),
      };
    } catch (error) {
      if ((error as Error).name === 'NotFoundError') return undefined;
      throw error;
    }
  }
}
