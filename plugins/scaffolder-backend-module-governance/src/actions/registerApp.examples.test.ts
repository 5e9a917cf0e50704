import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { InMemoryRegistry } from '../__testUtils__/InMemoryRegistry';
import { createRegisterAppAction } from './registerApp';
import { examples } from './registerApp.examples';

const config = new ConfigReader({ app: { baseUrl: 'http://localhost:3000' } });

describe('governance:app:register examples', () => {
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
                secretScan: {
                  tool: 'secretlint',
                  filesScanned: 1,
                  findings: 0,
                },
              }[key]
            : value,
        ]),
      );
      const ctx = createMockActionContext({ input: input as any });
      await action.handler(ctx as any);
      expect(registry.requests).toEqual([
        expect.objectContaining({
          entityRef: input.entityRef,
          secretScan: input.secretScan,
        }),
      ]);
      expect(ctx.output).toHaveBeenCalledWith('tier', 0);
    },
  );
});
