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
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { InMemoryRegistry } from '../__testUtils__/InMemoryRegistry';
import { createScanSecretsAction } from './scanSecrets';

// A fake key in AWS's format: secretlint cannot tell it from a real one.
const FAKE_KEY_ID = ['AKIA', 'QYLPMN5HHHFPZAM2'].join('');

function workspaceWith(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('governance:secrets:scan', () => {
  const action = createScanSecretsAction();

  it('passes a clean workspace and reports what it scanned', async () => {
    const ctx = createMockActionContext({
      input: {},
      workspacePath: workspaceWith({
        'README.md': '# Burndown\n',
        'src/server.js': 'console.log(process.env.API_TOKEN);\n',
        'node_modules/x/leak.js': `const k = "${FAKE_KEY_ID}";\n`,
      }),
    });
    await action.handler(ctx as any);
    expect(ctx.output).toHaveBeenCalledWith('summary', {
      tool: 'secretlint',
      filesScanned: 2,
      findings: 0,
    });
  });

  it('fails on a planted AWS key, naming file and line with the key masked', async () => {
    const logger = mockServices.logger.mock();
    const ctx = createMockActionContext({
      input: {},
      logger,
      workspacePath: workspaceWith({
        'README.md': '# Burndown\n',
        'config/aws.js': `// settings\nexport const keyId = "${FAKE_KEY_ID}";\n`,
      }),
    });
    const error = await action.handler(ctx as any).catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toMatch(/found 1 secret\(s\); nothing was published/);
    expect(error.message).toContain('config/aws.js:2');
    expect(error.message).not.toContain(FAKE_KEY_ID);
    const logged = logger.error.mock.calls.map(c => String(c[0])).join('\n');
    expect(logged).toContain('config/aws.js:2:');
    expect(logged).not.toContain(FAKE_KEY_ID);
    expect(ctx.output).toHaveBeenCalledWith('summary', {
      tool: 'secretlint',
      filesScanned: 2,
      findings: 1,
    });
  });

  it('records a blocked scan with governance: template, rule and count, never the secret', async () => {
    const registry = new InMemoryRegistry();
    const ctx = createMockActionContext({
      input: {},
      templateInfo: { entityRef: 'template:default/dashboard' } as any,
      workspacePath: workspaceWith({
        'config/aws.js': `export const keyId = "${FAKE_KEY_ID}";\n`,
      }),
    });
    await expect(
      createScanSecretsAction({ registry }).handler(ctx as any),
    ).rejects.toThrow(/nothing was published/);
    expect(registry.outcomes).toEqual([
      {
        check: 'secret-scan',
        outcome: 'blocked',
        findings: 1,
        rules: [expect.stringContaining('secretlint-rule-aws')],
        templateRef: 'template:default/dashboard',
        taskId: expect.anything(),
      },
    ]);
    expect(JSON.stringify(registry.outcomes)).not.toContain(FAKE_KEY_ID);
  });

  it('refuses a path outside the workspace', async () => {
    const ctx = createMockActionContext({
      input: { path: '../..' },
      workspacePath: workspaceWith({ 'a.txt': 'a' }),
    });
    await expect(action.handler(ctx as any)).rejects.toThrow(/outside/i);
  });
});
