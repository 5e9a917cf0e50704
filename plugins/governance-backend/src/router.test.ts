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
import { GovernanceServices } from './createGovernanceServices';
import { createRouter } from './router';
import { spec } from './schema/openapi';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** `METHOD /path` of every route handler mounted on a router. */
function servedRoutes(router: { stack: any[] }): string[] {
  return router.stack
    .filter(layer => layer.route)
    .flatMap(layer =>
      Object.keys(layer.route.methods).map(
        method => `${method.toUpperCase()} ${layer.route.path}`,
      ),
    );
}

describe('the governance router and its OpenAPI spec', () => {
  it('serves every route of the spec and no other', async () => {
    // No request is made: the services are never called.
    const router = await createRouter({
      auditor: mockServices.auditor.mock(),
      httpAuth: mockServices.httpAuth.mock(),
      permissions: mockServices.permissions.mock(),
      services: {} as GovernanceServices,
      maxExceptionDays: 90,
      ciTokens: [],
    });
    const documented = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter(method => METHODS.includes(method))
        .map(
          method =>
            `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        ),
    );
    expect(documented).toHaveLength(35);
    // The typed router also serves the spec itself, as Backstage routers do.
    expect(servedRoutes(router as any).sort()).toEqual(
      [...documented, 'GET /openapi.json'].sort(),
    );
  });
});
