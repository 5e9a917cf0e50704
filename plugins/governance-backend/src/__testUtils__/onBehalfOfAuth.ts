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
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';

/**
 * The mock auth service, except that a plugin calling another on behalf of
 * a user sends a token naming that plugin as the actor, as Backstage's own
 * auth service does (`principal.actor` = `plugin:<id>`); the stock mock
 * drops the actor. On behalf of a service, it sends its own plugin token
 * (`plugin:<id>`), as Backstage's does; the stock mock passes the original
 * service's subject on.
 */
export const onBehalfOfAuthServiceFactory = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }): AuthService {
    const base = mockServices.auth({ pluginId: plugin.getId() });
    return {
      authenticate: base.authenticate.bind(base),
      getNoneCredentials: base.getNoneCredentials.bind(base),
      getOwnServiceCredentials: base.getOwnServiceCredentials.bind(base),
      isPrincipal: base.isPrincipal.bind(base) as AuthService['isPrincipal'],
      getLimitedUserToken: base.getLimitedUserToken.bind(base),
      listPublicServiceKeys: base.listPublicServiceKeys.bind(base),
      async getPluginRequestToken(options) {
        const principal = options.onBehalfOf.principal as {
          type: string;
          userEntityRef?: string;
        };
        if (principal.type === 'user' && principal.userEntityRef) {
          return {
            token: mockCredentials.user.token(principal.userEntityRef, {
              actor: { subject: `plugin:${plugin.getId()}` },
            }),
          };
        }
        if (principal.type === 'service') {
          return {
            token: mockCredentials.service.token({
              onBehalfOf: mockCredentials.service(`plugin:${plugin.getId()}`),
              targetPluginId: options.targetPluginId,
            }),
          };
        }
        return base.getPluginRequestToken(options);
      },
    };
  },
});
