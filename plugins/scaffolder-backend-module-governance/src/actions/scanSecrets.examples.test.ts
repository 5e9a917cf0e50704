import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { createScanSecretsAction } from './scanSecrets';
import { examples } from './scanSecrets.examples';

describe('governance:secrets:scan examples', () => {
  const action = createScanSecretsAction();

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example "%s" on a clean workspace',
    async (_description, example) => {
      const step = yaml.parse(example).steps[0];
      expect(step.action).toBe(action.id);
      const workspacePath = fs.mkdtempSync(path.join(os.tmpdir(), 'ex-'));
      fs.mkdirSync(path.join(workspacePath, 'app'));
      fs.writeFileSync(path.join(workspacePath, 'app', 'index.js'), '1;\n');
      const ctx = createMockActionContext({ input: step.input, workspacePath });
      await action.handler(ctx);
      expect(ctx.output).toHaveBeenCalledWith(
        'summary',
        expect.objectContaining({ filesScanned: 1, findings: 0 }),
      );
    },
  );
});
