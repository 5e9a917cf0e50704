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
import { createBackendModule } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  EntityProviderConnection,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';

/**
 * A catalog entity provider the test feeds directly: add `module` to the
 * test backend's features, then `provide` replaces what it holds.
 */
export function testEntityProvider() {
  let connection: EntityProviderConnection | undefined;
  const provider: EntityProvider = {
    getProviderName: () => 'guardrails-test-provider',
    connect: async c => {
      connection = c;
    },
  };
  const module = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'guardrails-test-provider',
    register(reg) {
      reg.registerInit({
        deps: { catalog: catalogProcessingExtensionPoint },
        async init({ catalog }) {
          catalog.addEntityProvider(provider);
        },
      });
    },
  });
  const provide = (entities: Entity[]) =>
    connection!.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({ entity, locationKey: 'test' })),
    });
  return { module, provide };
}

/** A governed micro app with a valid profile. */
export function governedComponent(
  name: string,
  { dataClassification = 'internal', owner = 'group:product-team' } = {},
): Entity {
  const location = `url:https://git.acme.example/${name}`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: {
        'backstage.io/managed-by-location': location,
        'backstage.io/managed-by-origin-location': location,
      },
    },
    spec: {
      type: 'micro-app',
      lifecycle: 'experimental',
      owner,
      governance: {
        supportContact: '#product-team',
        businessUnit: 'Product',
        purpose: 'Shows that catalog changes reach governance within seconds.',
        dataClassification,
        accessScope: 'team',
        integrations: [],
        executionEnvironment: 'serverless',
        operationalCriticality: 'toy',
        allowedRegions: ['eu-west-1'],
        runtime: 'node',
        cost: { profile: 'free', monthlyBudget: 0 },
        retentionDays: 30,
      },
    },
  };
}

/** Polls until `check` passes, as a user would reload the page. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (v: T) => boolean,
) {
  let value = await read();
  for (let attempt = 0; attempt < 120 && !check(value); attempt++) {
    await new Promise(resolve => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}
