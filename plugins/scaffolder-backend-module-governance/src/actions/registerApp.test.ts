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
import { NotFoundError } from '@backstage/errors';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { GovernanceRegistryService } from '@guardrails/plugin-governance-node';
import { InMemoryRegistry } from '../__testUtils__/InMemoryRegistry';
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
    };
    const action = createRegisterAppAction({ registry, config });
    const ctx = createMockActionContext({
      input: { entityRef: 'component:default/x' },
    });
    await expect(action.handler(ctx as any)).rejects.toThrow('x');
    expect(registry.registerApp).toHaveBeenCalledTimes(1);
  });
});
