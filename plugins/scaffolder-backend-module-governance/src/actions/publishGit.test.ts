import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { LocalGitServer } from '@guardrails/local-git-server';
import yaml from 'yaml';
import { createPublishGitAction } from './publishGit';
import { examples } from './publishGit.examples';

jest.setTimeout(60_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-'));
const server = new LocalGitServer({
  rootDir: path.join(tmp, 'repos'),
  username: 'robot',
  password: 's3cret',
});
let baseUrl: string;
let host: string;

beforeAll(async () => {
  baseUrl = await server.start(0);
  host = new URL(baseUrl).host;
});
afterAll(() => server.stop());

/** A gitea integration per host, all served by the local git server. */
const actionFor = (hosts: string[], password = 's3cret') =>
  createPublishGitAction({
    config: new ConfigReader({
      integrations: {
        gitea: hosts.map(h => ({
          host: h,
          baseUrl,
          username: 'robot',
          password,
        })),
      },
    }),
  });

function workspace() {
  const dir = fs.mkdtempSync(path.join(tmp, 'ws-'));
  fs.mkdirSync(path.join(dir, 'app'));
  fs.writeFileSync(path.join(dir, 'catalog-info.yaml'), 'kind: Component\n');
  fs.writeFileSync(path.join(dir, 'app', 'index.js'), 'console.log(1);\n');
  return dir;
}

const clone = async (url: string, branch: string) => {
  const dir = fs.mkdtempSync(path.join(tmp, 'clone-'));
  await promisify(execFile)('git', ['clone', '-q', '-b', branch, url, dir]);
  return dir;
};

describe('governance:publish:git against the local git server', () => {
  it('pushes the workspace and outputs the clone and contents URLs', async () => {
    const ctx = createMockActionContext({
      input: { repoUrl: `${host}?owner=apps&repo=burndown` },
      workspacePath: workspace(),
    });
    await actionFor([host]).handler(ctx as any);
    expect(ctx.output).toHaveBeenCalledWith(
      'remoteUrl',
      `${baseUrl}/apps/burndown.git`,
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'repoContentsUrl',
      `${baseUrl}/apps/burndown/src/branch/main/`,
    );
    const dir = await clone(`${baseUrl}/apps/burndown.git`, 'main');
    expect(fs.readFileSync(path.join(dir, 'catalog-info.yaml'), 'utf8')).toBe(
      'kind: Component\n',
    );
    expect(fs.existsSync(path.join(dir, 'app', 'index.js'))).toBe(true);
  });

  it('fails with wrong credentials and publishes nothing', async () => {
    const ctx = createMockActionContext({
      input: { repoUrl: `${host}?owner=apps&repo=refused` },
      workspacePath: workspace(),
    });
    await expect(
      actionFor([host], 'wrong').handler(ctx as any),
    ).rejects.toThrow();
    expect(fs.existsSync(server.repoDir('apps', 'refused'))).toBe(false);
  });

  it('names repoUrl when no integration covers the host', async () => {
    const ctx = createMockActionContext({
      input: { repoUrl: 'git.unknown.example?owner=apps&repo=x' },
      workspacePath: workspace(),
    });
    await expect(actionFor([host]).handler(ctx as any)).rejects.toThrow(
      /git\.unknown\.example/,
    );
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example "%s" with its host pointed at the local git server',
    async (_description, example) => {
      const step = yaml.parse(example).steps[0];
      const repoUrl = step.input.repoUrl.replace(
        '${{ parameters.name }}',
        'example-app',
      );
      const exampleHost = repoUrl.split('?')[0];
      const action = actionFor([exampleHost]);
      expect(step.action).toBe(action.id);
      const ctx = createMockActionContext({
        input: { ...step.input, repoUrl },
        workspacePath: workspace(),
      });
      await action.handler(ctx as any);
      const owner = new URLSearchParams(repoUrl.split('?')[1]).get('owner');
      const dir = await clone(
        `${baseUrl}/${owner}/example-app.git`,
        step.input.defaultBranch ?? 'main',
      );
      const published = step.input.sourcePath
        ? 'index.js'
        : 'catalog-info.yaml';
      expect(fs.existsSync(path.join(dir, published))).toBe(true);
    },
  );
});
