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
import {
  AuthService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogCredentialsFor } from './catalogCredentials';

// What every check needs to name the entity; callers may ask for more.
const REF_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];

/**
 * Governance data about an entity is visible only to callers who may read
 * the entity in the catalog. The catalog itself decides, with the caller's
 * credentials and its own permission rules; only the named fields travel.
 */
export class EntityAccess {
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly permissions: PermissionsService,
  ) {}

  /**
   * Whether the caller may read every catalog entity ('all'), none, or
   * some ('some': only the catalog can tell which). One permission check,
   * no catalog call: a read of stored data for an 'all' caller needs no
   * look-up. Service callers get what the governance plugin may read, as
   * in {@link catalogCredentialsFor}.
   */
  async catalogReadAccess(
    credentials: BackstageCredentials,
  ): Promise<'all' | 'none' | 'some'> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials: await catalogCredentialsFor(credentials, this.auth) },
    );
    if (decision.result === AuthorizeResult.ALLOW) return 'all';
    if (decision.result === AuthorizeResult.DENY) return 'none';
    return 'some';
  }

  /**
   * The entity as the caller may see it, with the ref fields and `fields`;
   * NotFoundError when it does not exist or the caller may not read it (the
   * two are not told apart, so refs of hidden entities do not leak).
   */
  async requireReadable(
    entityRef: string,
    credentials: BackstageCredentials,
    fields: string[] = [],
  ): Promise<{ entity: Entity; entityRef: string }> {
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: [entityRef], fields: [...REF_FIELDS, ...fields] },
      { credentials: await catalogCredentialsFor(credentials, this.auth) },
    );
    const entity = items[0];
    if (!entity) {
      throw new NotFoundError(`No catalog entity found for ${entityRef}`);
    }
    return { entity, entityRef: stringifyEntityRef(entity) };
  }

  /** Whether the caller may read the entity; for data found by its own id. */
  async isReadable(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: [entityRef], fields: REF_FIELDS },
      { credentials: await catalogCredentialsFor(credentials, this.auth) },
    );
    return items[0] !== undefined;
  }
}
