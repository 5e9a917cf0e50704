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
import request from 'supertest';
import {
  GovernanceRegistryService,
  governanceRegistryServiceRef,
} from '@guardrails/plugin-governance-node';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

describe('governanceRegistryServiceRef against the real governance backend', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let registry: GovernanceRegistryService;
  let server: any;

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
    ({ server } = await startGovernanceTestBackend({
      knex: await databases.init('SQLITE_3'),
      extraFeatures: [consumer],
    }));
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

  const slackBom = {
    bomFormat: 'CycloneDX' as const,
    specVersion: '1.6',
    metadata: { component: { type: 'application', name: 'where2eat' } },
    components: [
      {
        type: 'library',
        group: '@slack',
        name: 'web-api',
        version: '7.8.0',
        purl: 'pkg:npm/%40slack/web-api@7.8.0',
      },
    ],
  };

  it("submits an app's SBOM on behalf of its owner: the facts reach its stored posture", async () => {
    const receipt = await registry.submitSbom(
      { entityRef: 'component:default/where2eat', bom: slackBom },
      { credentials: mockCredentials.user('user:default/guest') },
    );
    expect(receipt).toMatchObject({
      entityRef: 'component:default/where2eat',
      componentCount: 1,
      undeclared: ['@slack/web-api'],
      integrations: [
        expect.objectContaining({ package: '@slack/web-api', target: 'slack' }),
      ],
    });
    const posture = await request(server)
      .get('/api/governance/posture')
      .query({ entityRef: 'component:default/where2eat' })
      .set('Authorization', mockCredentials.user.header('user:default/guest'));
    expect(posture.status).toBe(200);
    expect(posture.body.sbom).toMatchObject({
      sbomSha256: receipt.sbomSha256,
      integrations: [expect.objectContaining({ package: '@slack/web-api' })],
    });
  });

  it('refuses the SBOM of an app the user may not own, with a 403', async () => {
    await expect(
      registry.submitSbom(
        { entityRef: 'component:default/where2eat', bom: slackBom },
        { credentials: mockCredentials.user('user:default/ada') },
      ),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 403 });
  });
});
