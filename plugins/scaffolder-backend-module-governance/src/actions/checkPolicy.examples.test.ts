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
import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  DefaultPolicyEngine,
  DefaultRiskModelService,
  loadPolicyPacks,
  readPolicyOptions,
  readRiskModelOptions,
} from '@guardrails/plugin-governance-node';
import yaml from 'yaml';
import { createCheckPolicyAction } from './checkPolicy';
import { examples } from './checkPolicy.examples';

describe('governance:policy:check examples', () => {
  const config = new ConfigReader({});
  const action = createCheckPolicyAction({
    riskModel: new DefaultRiskModelService(readRiskModelOptions(config)),
    policyEngine: new DefaultPolicyEngine(
      loadPolicyPacks({ includeDefaultPack: true, paths: [] }),
      readPolicyOptions(config).organization,
    ),
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example "%s" and passes the default pack',
    async (_description, example) => {
      const step = yaml.parse(example).steps[0];
      expect(step.action).toBe(action.id);
      const ctx = createMockActionContext({ input: step.input });
      await action.handler(ctx);
      expect(ctx.output).toHaveBeenCalledWith('allowed', true);
    },
  );
});
