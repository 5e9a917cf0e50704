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
import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { InMemoryRegistry } from '../__testUtils__/InMemoryRegistry';
import { createRegisterAppAction } from './registerApp';
import { examples } from './registerApp.examples';

const config = new ConfigReader({ app: { baseUrl: 'http://localhost:3000' } });

describe('governance:app:register examples', () => {
  const workspace = createMockDirectory();
  const bom = { bomFormat: 'CycloneDX', specVersion: '1.6', components: [] };
  beforeEach(() => {
    workspace.setContent({ 'sbom.cdx.json': JSON.stringify(bom) });
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example "%s"',
    async (_description, example) => {
      const step = yaml.parse(example).steps[0];
      const registry = new InMemoryRegistry();
      const action = createRegisterAppAction({ registry, config });
      expect(step.action).toBe(action.id);
      // Template expressions are rendered by the scaffolder; give values.
      const input = Object.fromEntries(
        Object.entries(step.input).map(([key, value]) => [
          key,
          typeof value === 'string' && value.startsWith('${{')
            ? {
                entityRef: 'component:default/burndown',
                repoUrl: 'http://localhost:7009/apps/burndown.git',
                sbom: {
                  format: 'CycloneDX',
                  specVersion: '1.6',
                  componentCount: 0,
                  sha256: 'a'.repeat(64),
                  path: 'sbom.cdx.json',
                },
                sbomPath: 'sbom.cdx.json',
                secretScan: {
                  tool: 'secretlint',
                  filesScanned: 1,
                  findings: 0,
                },
              }[key]
            : value,
        ]),
      );
      const ctx = createMockActionContext({
        input: input as any,
        workspacePath: workspace.path,
      });
      await action.handler(ctx as any);
      expect(registry.requests).toEqual([
        expect.objectContaining({
          entityRef: input.entityRef,
          secretScan: input.secretScan,
        }),
      ]);
      expect(ctx.output).toHaveBeenCalledWith('tier', 0);
      expect(registry.sboms).toEqual(
        input.sbomPath ? [{ entityRef: input.entityRef, bom }] : [],
      );
      expect(ctx.output).toHaveBeenCalledWith(
        'sbomSubmitted',
        Boolean(input.sbomPath),
      );
    },
  );
});
