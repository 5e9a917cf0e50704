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
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  DefaultRiskModelService,
  readRiskModelOptions,
} from '@guardrails/plugin-governance-node';
import { InMemoryRegistry } from '../__testUtils__/InMemoryRegistry';
import { createAssessRiskAction } from './assessRisk';

const riskModel = (config: object = {}) =>
  new DefaultRiskModelService(readRiskModelOptions(new ConfigReader(config)));

const profile = {
  supportContact: '#team-tools',
  businessUnit: 'Product',
  purpose: 'Posts standup notes to the team channel.',
  dataClassification: 'internal',
  accessScope: 'team',
  integrations: [{ target: 'slack', access: 'write', approvedConnector: true }],
  executionEnvironment: 'vendor-hosted',
  operationalCriticality: 'toy',
  allowedRegions: ['eu-west-1'],
};

describe('governance:risk:assess', () => {
  it('outputs the tier and logs the breakdown for a valid profile', async () => {
    const action = createAssessRiskAction({ riskModel: riskModel() });
    const logger = mockServices.logger.mock();
    const ctx = createMockActionContext({ input: { profile }, logger });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('score', 3);
    expect(ctx.output).toHaveBeenCalledWith('level', 'low');
    expect(ctx.output).toHaveBeenCalledWith('tier', 0);
    expect(ctx.output).toHaveBeenCalledWith('reviewers', []);
    const logged = logger.info.mock.calls.map(c => c[0]).join('\n');
    expect(logged).toContain('approval tier 0, Self-service');
    expect(logged).toContain('Integration type: 1/2: write access to slack');
  });

  it('applies the weights configured in app-config', async () => {
    const action = createAssessRiskAction({
      riskModel: riskModel({
        governance: {
          risk: { weights: { executionEnvironment: { 'vendor-hosted': 0 } } },
        },
      }),
    });
    const ctx = createMockActionContext({ input: { profile } });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('score', 2);
  });

  it('fails with the field named when the profile is invalid, and outputs nothing', async () => {
    const action = createAssessRiskAction({ riskModel: riskModel() });
    const ctx = createMockActionContext({
      input: { profile: { ...profile, accessScope: 'everyone' } },
    });
    await expect(action.handler(ctx)).rejects.toThrow(
      /spec\.governance\.accessScope/,
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('records each outcome with governance, the invalid profile as blocked', async () => {
    const registry = new InMemoryRegistry();
    const action = createAssessRiskAction({ riskModel: riskModel(), registry });
    const template = { entityRef: 'template:default/notification-bot' } as any;
    await action.handler(
      createMockActionContext({ input: { profile }, templateInfo: template }),
    );
    await expect(
      action.handler(
        createMockActionContext({
          input: { profile: { ...profile, accessScope: 'everyone' } },
          templateInfo: template,
        }),
      ),
    ).rejects.toThrow(/accessScope/);
    expect(registry.outcomes).toEqual([
      expect.objectContaining({
        check: 'risk',
        outcome: 'passed',
        templateRef: 'template:default/notification-bot',
      }),
      expect.objectContaining({
        check: 'risk',
        outcome: 'blocked',
        findings: 1,
      }),
    ]);
  });
});
