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
      pluginId: 'consumer',
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

  it('registers an app on behalf of the user and returns its tier and approval', async () => {
    const result = await registry.registerApp(
      {
        entityRef: 'component:default/where2eat',
        templateRef: 'template:default/x',
      },
      { credentials: mockCredentials.user('user:default/ada') },
    );
    expect(result).toMatchObject({
      entityRef: 'component:default/where2eat',
      tier: 0,
      approvalStatus: 'auto-approved',
    });
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
