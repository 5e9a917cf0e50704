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
import { TestDatabases, mockCredentials } from '@backstage/backend-test-utils';
import { createBackendPlugin } from '@backstage/backend-plugin-api';
import {
  GovernanceRegistryService,
  governanceRegistryServiceRef,
} from '@guardrails/plugin-governance-node';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

describe('governanceRegistryServiceRef against the real governance backend', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let registry: GovernanceRegistryService;

  beforeAll(async () => {
    // A plugin standing in for the scaffolder: it only takes the service.
    const consumer = createBackendPlugin({
      pluginId: 'scaffolder',
      register(env) {
        env.registerInit({
          deps: { registry: governanceRegistryServiceRef },
          async init(deps) {
            registry = deps.registry;
          },
        });
      },
    });
    await startGovernanceTestBackend({
      knex: await databases.init('SQLITE_3'),
      extraFeatures: [consumer],
    });
  });

  it('registers an app on behalf of its owner and returns its tier and approval', async () => {
    const result = await registry.registerApp(
      {
        entityRef: 'component:default/where2eat',
        templateRef: 'template:default/x',
      },
      { credentials: mockCredentials.user('user:default/guest') },
    );
    expect(result).toMatchObject({
      entityRef: 'component:default/where2eat',
      tier: 0,
      approvalStatus: 'auto-approved',
    });
  });

  it('refuses a user who may not own the app, with a 403', async () => {
    await expect(
      registry.registerApp(
        { entityRef: 'component:default/where2eat' },
        { credentials: mockCredentials.user('user:default/ada') },
      ),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 403 });
  });

  it('rejects with a 404 while the catalog lacks the app', async () => {
    await expect(
      registry.registerApp(
        { entityRef: 'component:default/not-yet' },
        { credentials: mockCredentials.user('user:default/ada') },
      ),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 404 });
  });
});
