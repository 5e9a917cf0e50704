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
import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import {
  TestDatabaseId,
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  BackendFeature,
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import catalogModuleGovernance from '@guardrails/plugin-catalog-backend-module-governance';
import { Knex } from 'knex';
import request from 'supertest';
import { governancePlugin } from '../plugin';
import { guardrailsPermissionFeatures } from './guardrailsPermissions';
import { onBehalfOfAuthServiceFactory } from './onBehalfOfAuth';

const examplesDir = path.resolve(__dirname, '../../../../examples');

// The components of examples/apps.yaml the catalog accepts (the governed
// ones and one without a profile).
const EXAMPLE_APPS = [
  'standup-notes-bot',
  'where2eat',
  'hr-candidate-tracker',
  'finance-expense-app',
  'crm-record-updater',
  'patient-intake-assistant',
  'shadow-pricing-sheet',
];

/** Options of {@link startGovernanceTestBackend}. */
export interface GovernanceTestBackendOptions {
  knex: Knex;
  extraFeatures?: BackendFeature[];
  sync?: boolean;
  /**
   * The real permission backend with the Guardrails policy and the given
   * `governance.*` settings (roles, ciTokens, ...) over the defaults below,
   * instead of allow-all permissions.
   */
  guardrailsPermissions?: { governance: Record<string, unknown> };
  /** More `governance.*` settings over the defaults below. */
  governance?: Record<string, unknown>;
  /** Other top-level config, e.g. `backend.actions` or `mcpActions`. */
  config?: Record<string, unknown>;
  /**
   * The real scheduler (tasks run on their schedule, coordinated through
   * the database) instead of the mock one the tests trigger.
   */
  realScheduler?: boolean;
}

/**
 * Starts a backend with the real catalog (reading the shipped examples
 * through the governance processor) and the governance plugin, waits until
 * the catalog has ingested the examples, then runs the governance sync once
 * (as production does shortly after start) unless `sync` is false.
 * `runSync` runs it again and resolves when it has finished.
 */
export async function startGovernanceTestBackend(
  options: GovernanceTestBackendOptions,
) {
  const real = options.guardrailsPermissions;
  // The mock scheduler runs a task when triggered and resolves when done.
  // At run time it is a MockSchedulerService, whose factory() serves this
  // very instance, so the test can trigger the tasks the plugin scheduled;
  // its declared type does not say so.
  const scheduler = mockServices.scheduler() as SchedulerService & {
    factory(): ServiceFactory<SchedulerService, 'plugin', 'singleton'>;
  };
  const backend = await startTestBackend({
    features: [
      options.realScheduler ? schedulerServiceFactory : scheduler.factory(),
      // The real events service, as createBackend has: the catalog module's
      // change announcements reach the governance plugin.
      eventsServiceFactory,
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
            // The CI token of the tests' apps (see ciTokenHeader).
            ciTokens: [
              {
                subject: 'app-ci',
                entityRefs: [
                  'component:default/standup-notes-bot',
                  'component:default/crm-record-updater',
                  'component:default/hr-candidate-tracker',
                ],
              },
            ],
            // Evaluations happen when a test asks (sync, registration) and
            // never in the background meanwhile; tests of the catalog's
            // change announcements turn them on.
            reconciliation: { catalogEvents: false },
            policies: {
              organization: {
                approvedRegistries: ['registry.acme.example'],
                allowedRegions: ['eu-west-1', 'eu-sovereign', 'us-east-1'],
                sovereignRegions: ['eu-sovereign'],
              },
            },
            ...real?.governance,
            ...options.governance,
          },
          ...(real && { permission: { enabled: true } }),
          ...options.config,
          catalog: {
            rules: [{ allow: ['Component', 'Group', 'User', 'Location'] }],
            locations: [
              { type: 'file', target: path.join(examplesDir, 'apps.yaml') },
              { type: 'file', target: path.join(examplesDir, 'org.yaml') },
            ],
          },
        },
      }),
      // Calls on behalf of a user name the calling plugin, as in production.
      onBehalfOfAuthServiceFactory,
      ...(real ? guardrailsPermissionFeatures() : []),
      ...(options.extraFeatures ?? []),
    ],
  });
  // Every example app, so the sync below sees them all.
  for (const name of EXAMPLE_APPS) {
    await waitForEntity(backend.server, 'component', name);
  }
  /** Runs a scheduled task now and resolves when it has finished. */
  const runTask = (id: string) => scheduler.triggerTask(id);
  const runSync = () => runTask('governance-sync');
  if (options.sync !== false && !options.realScheduler) await runSync();
  return Object.assign(backend, { runSync, runTask });
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
export function useGovernanceTestBackend(
  databaseId: TestDatabaseId,
  options: Omit<GovernanceTestBackendOptions, 'knex'> = {},
) {
  const databases = TestDatabases.create({ ids: [databaseId] });
  const backend = {} as {
    server: any;
    knex: Knex;
    runSync: () => Promise<void>;
    runTask: (id: string) => Promise<void>;
  };
  beforeAll(async () => {
    backend.knex = await databases.init(databaseId);
    const started = await startGovernanceTestBackend({
      ...options,
      knex: backend.knex,
    });
    backend.server = started.server;
    backend.runSync = started.runSync;
    backend.runTask = started.runTask;
  });
  return backend;
}
