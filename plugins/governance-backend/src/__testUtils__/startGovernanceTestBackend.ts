import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import {
  TestDatabaseId,
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { BackendFeature } from '@backstage/backend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleGovernance from '@guardrails/plugin-catalog-backend-module-governance';
import { Knex } from 'knex';
import request from 'supertest';
import { governancePlugin } from '../plugin';

const examplesDir = path.resolve(__dirname, '../../../../examples');

/**
 * Starts a backend with the real catalog (reading the shipped examples
 * through the governance processor) and the governance plugin, waits until
 * the catalog has ingested the examples, then runs the governance sync once
 * (as production does shortly after start) unless `sync` is false.
 * `runSync` runs it again and resolves when it has finished.
 */
export async function startGovernanceTestBackend(options: {
  knex: Knex;
  extraFeatures?: BackendFeature[];
  sync?: boolean;
}) {
  // The mock scheduler runs a task when triggered and resolves when done.
  const scheduler = mockServices.scheduler();
  const backend = await startTestBackend({
    features: [
      scheduler.factory(),
      catalogPlugin,
      catalogModuleGovernance,
      governancePlugin,
      mockServices.database.factory({ knex: options.knex }),
      // Requests without a token stay unauthenticated, as in production.
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.rootConfig.factory({
        data: {
          // As in app-config.yaml.
          governance: {
            signing: {
              keyId: 'test-key',
              privateKey: generateKeyPairSync('ed25519')
                .privateKey.export({ type: 'pkcs8', format: 'pem' })
                .toString(),
            },
            // Reviewer roles held directly by example users.
            roles: {
              admins: ['user:default/frank'],
              teamLeads: ['user:default/frank'],
              security: ['user:default/erin', 'group:default/security-team'],
              privacy: ['user:default/pia'],
              platform: ['user:default/frank'],
              executive: ['user:default/leo'],
              legal: ['user:default/leo'],
            },
            policies: {
              organization: {
                approvedRegistries: ['registry.acme.example'],
                allowedRegions: ['eu-west-1', 'eu-sovereign', 'us-east-1'],
                sovereignRegions: ['eu-sovereign'],
              },
            },
          },
          catalog: {
            rules: [{ allow: ['Component', 'Group', 'User', 'Location'] }],
            locations: [
              { type: 'file', target: path.join(examplesDir, 'apps.yaml') },
              { type: 'file', target: path.join(examplesDir, 'org.yaml') },
            ],
          },
        },
      }),
      ...(options.extraFeatures ?? []),
    ],
  });
  await waitForEntity(backend.server, 'component', 'patient-intake-assistant');
  await waitForEntity(backend.server, 'component', 'shadow-pricing-sheet');
  const runSync = () => scheduler.triggerTask('governance-sync');
  if (options.sync !== false) await runSync();
  return Object.assign(backend, { runSync });
}

/** Polls the catalog until it has ingested the given entity. */
export async function waitForEntity(server: any, kind: string, name: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const res = await request(server)
      .get(`/api/catalog/entities/by-name/${kind}/default/${name}`)
      .set('Authorization', mockCredentials.user.header());
    if (res.status === 200) return;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  throw new Error(`catalog never ingested ${kind}:default/${name}`);
}

/** GET and POST to the governance API as a signed-in user. */
export function callAs(server: any, user: string) {
  return {
    get: (route: string) =>
      request(server)
        .get(`/api/governance${route}`)
        .set('Authorization', mockCredentials.user.header(user)),
    post: (route: string, body: object) =>
      request(server)
        .post(`/api/governance${route}`)
        .set('Authorization', mockCredentials.user.header(user))
        .send(body),
  };
}

/**
 * Starts the test backend on one database before the tests of the enclosing
 * describe block; the returned object holds the server and knex once started.
 */
export function useGovernanceTestBackend(databaseId: TestDatabaseId) {
  const databases = TestDatabases.create({ ids: [databaseId] });
  const backend = {} as {
    server: any;
    knex: Knex;
    runSync: () => Promise<void>;
  };
  beforeAll(async () => {
    backend.knex = await databases.init(databaseId);
    const started = await startGovernanceTestBackend({ knex: backend.knex });
    backend.server = started.server;
    backend.runSync = started.runSync;
  });
  return backend;
}
