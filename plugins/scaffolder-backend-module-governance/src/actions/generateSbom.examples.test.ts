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
