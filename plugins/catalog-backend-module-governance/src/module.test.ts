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
import path from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleUnprocessed from '@backstage/plugin-catalog-backend-module-unprocessed';
import request from 'supertest';
import { catalogModuleGovernance } from './module';

jest.setTimeout(60_000);

// The real catalog processes real files; the unprocessed-entities module is
// what the catalog UI uses to show entities that failed processing.
describe('catalogModuleGovernance', () => {
  let server: any;
  const auth = mockCredentials.user.header();

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleUnprocessed,
        catalogModuleGovernance,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['Component', 'Location'] }],
              locations: [
                {
                  type: 'file',
                  target: path.resolve(__dirname, '__fixtures__/entities.yaml'),
                },
              ],
            },
          },
        }),
      ],
    });
    server = backend.server;
  });

  // Entities that never processed cleanly are listed as pending, ones that
  // did once and broke later as failed; both carry their errors.
  const unprocessed = (reason: string) =>
    request(server)
      .get(`/api/catalog/entities/unprocessed/${reason}`)
      .set('Authorization', auth);

  async function entitiesWithErrors(count: number) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const lists = await Promise.all([
        unprocessed('failed'),
        unprocessed('pending'),
      ]);
      const withErrors = lists
        .flatMap(res => res.body.entities ?? [])
        .filter((e: any) => e.errors?.length > 0);
      if (withErrors.length >= count) return withErrors;
      await new Promise(resolve => setTimeout(resolve, 300));
    }
    throw new Error('the catalog never reported the entities with errors');
  }

  it('records a processing error naming the field for each invalid profile', async () => {
    const failed = await entitiesWithErrors(3);
    const messages = Object.fromEntries(
      failed.map((e: any) => [
        e.unprocessed_entity.metadata.name,
        e.errors.map((err: any) => err.message).join('\n'),
      ]),
    );
    expect(Object.keys(messages).sort()).toEqual([
      'malformed-integration',
      'retired-in-the-past',
      'unknown-classification',
    ]);
    expect(messages['unknown-classification']).toContain(
      'spec.governance.dataClassification',
    );
    expect(messages['malformed-integration']).toContain(
      'spec.governance.integrations.0.access',
    );
    expect(messages['retired-in-the-past']).toContain(
      'spec.governance.retirementDate: planned retirement date 2020-01-31 is in the past',
    );
  });

  it('lets valid and ungoverned entities through untouched', async () => {
    const fetchEntity = async (name: string) => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const res = await request(server)
          .get(`/api/catalog/entities/by-name/component/default/${name}`)
          .set('Authorization', auth);
        if (res.status === 200) return res.body;
        await new Promise(resolve => setTimeout(resolve, 300));
      }
      throw new Error(`the catalog never ingested ${name}`);
    };
    const valid = await fetchEntity('valid-app');
    expect(valid.spec.governance.dataClassification).toBe('internal');
    // No schema defaults are written into the stored entity.
    expect(valid.spec.governance.dataTypes).toBeUndefined();
    const ungoverned = await fetchEntity('ungoverned-app');
    expect(ungoverned.spec.governance).toBeUndefined();
  });
});
