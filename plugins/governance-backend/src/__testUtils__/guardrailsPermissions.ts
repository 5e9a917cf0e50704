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
import fs from 'node:fs';
import path from 'node:path';
import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import permissionBackend from '@backstage/plugin-permission-backend';
import permissionModuleGovernance from '@guardrails/plugin-permission-backend-module-governance';
import { parseAllDocuments } from 'yaml';

const orgFile = path.resolve(__dirname, '../../../../examples/org.yaml');

/**
 * Each example user's ownership refs (their own ref and their groups), as
 * Backstage's user info service gives them from the catalog's org data.
 */
export function exampleOwnership(): Record<string, string[]> {
  const docs = parseAllDocuments(fs.readFileSync(orgFile, 'utf8')).map(d =>
    d.toJS(),
  );
  return Object.fromEntries(
    docs
      .filter(d => d?.kind === 'User')
      .map(d => {
        const ref = `user:default/${d.metadata.name}`;
        const groups = (d.spec?.memberOf ?? []).map(
          (g: string) => `group:default/${g}`,
        );
        return [ref, [ref, ...groups]];
      }),
  );
}

/**
 * The real permission framework instead of allow-all: the permission
 * backend with the Guardrails policy module (roles from
 * `governance.roles`), the real permissions service of every plugin, and
 * user info that knows the example users' groups.
 */
export function guardrailsPermissionFeatures() {
  const ownership = exampleOwnership();
  return [
    permissionBackend,
    permissionModuleGovernance,
    permissionsServiceFactory,
    mockServices.userInfo.mock({
      async getUserInfo(credentials: BackstageCredentials) {
        const ref = (credentials.principal as BackstageUserPrincipal)
          .userEntityRef;
        return {
          userEntityRef: ref,
          ownershipEntityRefs: ownership[ref] ?? [ref],
        };
      },
    }).factory,
  ];
}

/** The Authorization header of an example user (`user:default/<name>`). */
export function userHeader(name: string): string {
  return mockCredentials.user.header(`user:default/${name}`);
}

/** A service principal named by the subject, calling governance. */
function serviceHeader(subject: string): string {
  return mockCredentials.service.header({
    onBehalfOf: mockCredentials.service(subject),
    targetPluginId: 'governance',
  });
}

/**
 * The Authorization header of an app CI's static token with this subject,
 * as the auth service sees it (a service principal named by the subject).
 */
export function ciTokenHeader(subject: string): string {
  return serviceHeader(subject);
}

/**
 * The Authorization header of another backend plugin on its own (such as
 * `plugin:catalog`): a service principal, allowed by Backstage's permission
 * client, so the routes themselves must refuse it where it may not act.
 */
export function pluginHeader(subject: string): string {
  return serviceHeader(subject);
}

/**
 * The Authorization header of a user's token forwarded by a plugin, on
 * behalf of the user: a user principal whose actor is the plugin.
 */
export function forwardedBy(plugin: string, userEntityRef: string): string {
  return `Bearer ${mockCredentials.user.token(userEntityRef, {
    actor: { subject: plugin },
  })}`;
}

/**
 * The Authorization header of the scaffolder acting for a user who runs a
 * template: a user principal whose actor is the scaffolder plugin.
 */
export function scaffolderHeader(userEntityRef: string): string {
  return forwardedBy('plugin:scaffolder', userEntityRef);
}
