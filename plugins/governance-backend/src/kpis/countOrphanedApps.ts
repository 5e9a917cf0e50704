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
import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** Owner refs asked of the catalog at a time. */
const CHUNK = 500;

/**
 * Apps without an owner, or whose owner is not in the catalog: one catalog
 * look-up per 500 distinct owners (apps share a few teams), never per app.
 */
export async function countOrphanedApps(
  owners: Array<{ ownerRef?: string; apps: number }>,
  options: { catalog: CatalogService; auth: AuthService },
): Promise<number> {
  let orphaned = owners
    .filter(o => !o.ownerRef)
    .reduce((n, o) => n + o.apps, 0);
  const owned = owners.filter(o => o.ownerRef);
  if (owned.length === 0) return orphaned;
  const credentials = await options.auth.getOwnServiceCredentials();
  for (let i = 0; i < owned.length; i += CHUNK) {
    const chunk = owned.slice(i, i + CHUNK);
    const { items } = await options.catalog.getEntitiesByRefs(
      {
        entityRefs: chunk.map(o => o.ownerRef!),
        fields: ['kind', 'metadata.name'],
      },
      { credentials },
    );
    orphaned += chunk
      .filter((_, index) => !items[index])
      .reduce((n, o) => n + o.apps, 0);
  }
  return orphaned;
}
