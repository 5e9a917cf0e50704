import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { createGenerateSbomAction } from './generateSbom';
import { examples } from './generateSbom.examples';

describe('governance:sbom:generate examples', () => {
  const action = createGenerateSbomAction();

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example "%s"',
    async (_description, example) => {
      const step = yaml.parse(example).steps[0];
      expect(step.action).toBe(action.id);
      const workspacePath = fs.mkdtempSync(path.join(os.tmpdir(), 'ex-'));
      fs.mkdirSync(path.join(workspacePath, 'app'));
      const input = { ...step.input, name: 'burndown' };
      const ctx = createMockActionContext({ input, workspacePath });
      await action.handler(ctx);
      const { sbomPath } = Object.fromEntries(
        (ctx.output as jest.Mock).mock.calls,
      );
      expect(
        JSON.parse(fs.readFileSync(path.join(workspacePath, sbomPath), 'utf8'))
          .metadata.component.name,
      ).toBe('burndown');
    },
  );
});
