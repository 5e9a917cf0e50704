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
  DefaultRiskModelService,
  readRiskModelOptions,
} from '@guardrails/plugin-governance-node';
import yaml from 'yaml';
import { createAssessRiskAction } from './assessRisk';
import { examples } from './assessRisk.examples';

describe('governance:risk:assess examples', () => {
  const action = createAssessRiskAction({
    riskModel: new DefaultRiskModelService(
      readRiskModelOptions(new ConfigReader({})),
    ),
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example "%s"',
    async (_description, example) => {
      const step = yaml.parse(example).steps[0];
      expect(step.action).toBe(action.id);
      const ctx = createMockActionContext({ input: step.input });
      await action.handler(ctx);
      expect(ctx.output).toHaveBeenCalledWith('tier', expect.any(Number));
    },
  );

  it('gives the seed tiers: the standup bot self-service, the CRM updater formal review', async () => {
    const tiers: number[] = [];
    for (const { example } of examples) {
      const ctx = createMockActionContext({
        input: yaml.parse(example).steps[0].input,
      });
      await action.handler(ctx);
      tiers.push(
        (ctx.output as jest.Mock).mock.calls.find(c => c[0] === 'tier')[1],
      );
    }
    expect(tiers).toEqual([0, 2]);
  });
});
