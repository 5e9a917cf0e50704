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
import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { InputError, NotFoundError } from '@backstage/errors';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { GovernanceRegistryService } from '@guardrails/plugin-governance-node';
import { InMemoryRegistry } from '../__testUtils__/InMemoryRegistry';
import { createGenerateSbomAction } from './generateSbom';
import { createRegisterAppAction } from './registerApp';

const config = new ConfigReader({ app: { baseUrl: 'http://localhost:3000' } });

describe('governance:app:register (in-memory registry standing in for the governance backend)', () => {
  it('waits for the catalog, then outputs tier, approval and the Governance tab link', async () => {
    const registry = new InMemoryRegistry(2);
    const action = createRegisterAppAction({ registry, config });
    const ctx = createMockActionContext({
      input: {
        entityRef: 'component:default/burndown',
        repoUrl: 'http://localhost:7009/apps/burndown.git',
        secretScan: { tool: 'secretlint', filesScanned: 5, findings: 0 },
      },
      templateInfo: { entityRef: 'template:default/internal-dashboard' },
    });
    await action.handler(ctx as any);
    expect(registry.requests).toHaveLength(3);
    expect(registry.requests[2]).toMatchObject({
      entityRef: 'component:default/burndown',
      templateRef: 'template:default/internal-dashboard',
      secretScan: { findings: 0 },
    });
    expect(ctx.output).toHaveBeenCalledWith('tier', 0);
    expect(ctx.output).toHaveBeenCalledWith('approvalStatus', 'auto-approved');
    expect(ctx.output).toHaveBeenCalledWith(
      'governanceUrl',
      'http://localhost:3000/catalog/default/component/burndown/governance',
    );
  });

  it('gives up with the 404 once waitSeconds have passed', async () => {
    const registry = new InMemoryRegistry(Infinity);
    const action = createRegisterAppAction({ registry, config });
    const ctx = createMockActionContext({
      input: { entityRef: 'component:default/never', waitSeconds: 0 },
    });
    await expect(action.handler(ctx as any)).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it('does not retry other errors', async () => {
    const registry: GovernanceRegistryService = {
      registerApp: jest.fn().mockRejectedValue(new NotFoundError('x')),
      recordCheckOutcome: jest.fn(),
      submitSbom: jest.fn(),
    };
    const action = createRegisterAppAction({ registry, config });
    const ctx = createMockActionContext({
      input: { entityRef: 'component:default/x' },
    });
    await expect(action.handler(ctx as any)).rejects.toThrow('x');
    expect(registry.registerApp).toHaveBeenCalledTimes(1);
  });
});

describe('governance:app:register with the SBOM document (sbomPath)', () => {
  const workspace = createMockDirectory();
  const outside = createMockDirectory();
  const bom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    components: [{ type: 'library', name: 'web-api', group: '@slack' }],
  };

  beforeEach(() => {
    workspace.setContent({
      'sbom.cdx.json': JSON.stringify(bom),
      'notes.txt': 'not an SBOM',
      'package.json': JSON.stringify({
        name: 'standup-bot',
        version: '0.1.0',
        dependencies: { '@slack/web-api': '7.9.1' },
      }),
    });
  });

  const run = (registry: InMemoryRegistry, input: Record<string, unknown>) => {
    const ctx = createMockActionContext({
      input: { entityRef: 'component:default/standup-bot', ...input },
      workspacePath: workspace.path,
    });
    const warn = jest.spyOn(ctx.logger, 'warn');
    const action = createRegisterAppAction({ registry, config });
    return { ctx, warn, done: action.handler(ctx as any) };
  };

  it('submits the SBOM from the workspace after registering, for the app', async () => {
    const registry = new InMemoryRegistry();
    const { ctx, done } = run(registry, { sbomPath: 'sbom.cdx.json' });
    await done;
    expect(registry.requests).toHaveLength(1);
    expect(registry.sboms).toEqual([
      { entityRef: 'component:default/standup-bot', bom },
    ]);
    expect(ctx.output).toHaveBeenCalledWith('sbomSubmitted', true);
    expect(ctx.output).toHaveBeenCalledWith('tier', 0);
  });

  it('submits what governance:sbom:generate wrote, through its sbomPath output', async () => {
    const generate = createGenerateSbomAction();
    const generateCtx = createMockActionContext({
      input: { output: 'out/sbom.cdx.json' },
      workspacePath: workspace.path,
    });
    await generate.handler(generateCtx as any);
    const sbomPath = (generateCtx.output as jest.Mock).mock.calls.find(
      ([name]) => name === 'sbomPath',
    )?.[1];
    expect(sbomPath).toBe(path.join('out', 'sbom.cdx.json'));

    const registry = new InMemoryRegistry();
    await run(registry, { sbomPath }).done;
    expect(registry.sboms).toHaveLength(1);
    expect(registry.sboms[0].bom).toEqual(
      JSON.parse(fs.readFileSync(path.join(workspace.path, sbomPath), 'utf8')),
    );
    expect(registry.sboms[0].bom).toMatchObject({
      components: [
        expect.objectContaining({ group: '@slack', name: 'web-api' }),
      ],
    });
  });

  it('outputs sbomSubmitted false when the SBOM is not given', async () => {
    const registry = new InMemoryRegistry();
    const { ctx, done } = run(registry, {});
    await done;
    expect(registry.sboms).toEqual([]);
    expect(ctx.output).toHaveBeenCalledWith('sbomSubmitted', false);
  });

  it.each([
    ['../sbom.cdx.json', /inside the workspace/],
    ['/etc/passwd', /inside the workspace/],
    ['missing.cdx.json', /not in the workspace/],
    ['notes.txt', /not a JSON document/],
    ['package.json', /not a CycloneDX SBOM/],
  ])(
    'refuses sbomPath %s with an InputError before registering anything',
    async (sbomPath, message) => {
      const registry = new InMemoryRegistry();
      const { ctx, done } = run(registry, { sbomPath });
      const error = await done.catch(e => e);
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(/sbomPath/);
      expect(error.message).toMatch(message);
      expect(registry.requests).toEqual([]);
      expect(registry.sboms).toEqual([]);
      expect(ctx.output).not.toHaveBeenCalled();
    },
  );

  it('refuses a symlink that leads out of the workspace', async () => {
    outside.setContent({ 'sbom.cdx.json': JSON.stringify(bom) });
    fs.symlinkSync(
      path.join(outside.path, 'sbom.cdx.json'),
      path.join(workspace.path, 'linked.cdx.json'),
    );
    const registry = new InMemoryRegistry();
    await expect(
      run(registry, { sbomPath: 'linked.cdx.json' }).done,
    ).rejects.toThrow(InputError);
    expect(registry.requests).toEqual([]);
  });

  it('keeps the registration when governance refuses the SBOM, with a warning', async () => {
    const registry = new InMemoryRegistry();
    registry.sbomError = new Error('governance is unavailable');
    const { ctx, warn, done } = run(registry, { sbomPath: 'sbom.cdx.json' });
    await done;
    expect(registry.requests).toHaveLength(1);
    expect(ctx.output).toHaveBeenCalledWith('approvalStatus', 'auto-approved');
    expect(ctx.output).toHaveBeenCalledWith('sbomSubmitted', false);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('governance is unavailable'),
    );
  });
});
