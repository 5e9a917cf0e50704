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
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { InMemoryRegistry } from '../__testUtils__/InMemoryRegistry';
import { createGenerateSbomAction } from './generateSbom';

function workspaceWith(files: Record<string, object>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbom-'));
  for (const [name, content] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), JSON.stringify(content));
  }
  return dir;
}

const packageJson = {
  name: 'burndown',
  version: '0.1.0',
  dependencies: { '@acme/ui': '^2.0.0', yaml: '^2.5.0' },
  devDependencies: { jest: '^30.0.0' },
};

describe('governance:sbom:generate', () => {
  const action = createGenerateSbomAction();

  it('lists the locked runtime dependencies with package URLs, leaving dev ones out', async () => {
    const workspacePath = workspaceWith({
      'package.json': packageJson,
      'package-lock.json': {
        packages: {
          '': { name: 'burndown' },
          'node_modules/@acme/ui': { version: '2.3.1' },
          'node_modules/yaml': { version: '2.8.0' },
          'node_modules/jest': { version: '30.2.0', dev: true },
        },
      },
    });
    const ctx = createMockActionContext({ input: {}, workspacePath });
    await action.handler(ctx as any);

    const written = fs.readFileSync(
      path.join(workspacePath, 'sbom.cdx.json'),
      'utf8',
    );
    const sbom = JSON.parse(written);
    expect(sbom).toMatchObject({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      metadata: { component: { name: 'burndown', version: '0.1.0' } },
    });
    expect(sbom.components.map((c: any) => c.purl).sort()).toEqual([
      'pkg:npm/%40acme/ui@2.3.1',
      'pkg:npm/yaml@2.8.0',
    ]);
    expect(ctx.output).toHaveBeenCalledWith('summary', {
      format: 'CycloneDX',
      specVersion: '1.6',
      componentCount: 2,
      sha256: createHash('sha256').update(written).digest('hex'),
      path: 'sbom.cdx.json',
    });
  });

  it('falls back to the declared ranges without a lockfile', async () => {
    const workspacePath = workspaceWith({ 'package.json': packageJson });
    const ctx = createMockActionContext({ input: {}, workspacePath });
    await action.handler(ctx as any);
    const sbom = JSON.parse(
      fs.readFileSync(path.join(workspacePath, 'sbom.cdx.json'), 'utf8'),
    );
    expect(
      sbom.components.map((c: any) => [c.name, c.version, c.purl]),
    ).toEqual(
      expect.arrayContaining([
        ['ui', '^2.0.0', undefined],
        ['yaml', '^2.5.0', undefined],
      ]),
    );
  });

  it('records with governance whether the SBOM could be made', async () => {
    const registry = new InMemoryRegistry();
    const generate = createGenerateSbomAction({ registry });
    await generate.handler(
      createMockActionContext({
        input: {},
        workspacePath: workspaceWith({ 'package.json': packageJson }),
      }) as any,
    );
    const broken = workspaceWith({});
    fs.writeFileSync(path.join(broken, 'package.json'), '{ not json');
    await expect(
      generate.handler(
        createMockActionContext({ input: {}, workspacePath: broken }) as any,
      ),
    ).rejects.toThrow();
    expect(registry.outcomes.map(o => [o.check, o.outcome])).toEqual([
      ['sbom', 'passed'],
      ['sbom', 'blocked'],
    ]);
  });

  it('refuses to write outside the workspace', async () => {
    const ctx = createMockActionContext({
      input: { output: '../../etc/sbom.json' },
      workspacePath: workspaceWith({ 'package.json': packageJson }),
    });
    await expect(action.handler(ctx as any)).rejects.toThrow(/outside/i);
  });
});
