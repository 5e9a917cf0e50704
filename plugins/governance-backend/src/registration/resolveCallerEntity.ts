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
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogCredentialsFor } from '../catalog/catalogCredentials';
import { RegistrationCaller } from './RegistrationService';

/**
 * The app a registration-path caller (the scaffolder or an app's bound CI
 * token) names, read from the catalog with the credentials that ask it on
 * the caller's behalf (kept for the evaluation that follows). The app must
 * already be in the catalog: NotFoundError until the catalog has ingested it.
 */
export async function resolveCallerEntity(
  entityRef: string,
  { credentials }: RegistrationCaller,
  { auth, catalog }: { auth: AuthService; catalog: CatalogService },
): Promise<{ entity: Entity; catalogCredentials: BackstageCredentials }> {
  const catalogCredentials = await catalogCredentialsFor(credentials, auth);
  const entity = await catalog.getEntityByRef(entityRef, {
    credentials: catalogCredentials,
  });
  if (!entity) {
    throw new NotFoundError(
      `${entityRef} is not in the catalog yet; register its catalog-info.yaml first`,
    );
  }
  return { entity, catalogCredentials };
}
