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
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
  createProxyAuthenticator,
} from '@backstage/plugin-auth-node';

/** The header the sign-in page sends with the chosen example user. */
export const EXAMPLE_USER_HEADER = 'x-guardrails-example-user';

/**
 * Development only: sign in as one of the example users of examples/org.yaml
 * (owner, reviewers, admin), so each role's screens can be tried and tested.
 * Enabled by `auth.providers.exampleUsers.users` in a development
 * environment; the user is looked up in the catalog like any sign-in.
 */
export const authModuleExampleUsers = createBackendModule({
  pluginId: 'auth',
  moduleId: 'example-users',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ providers, config }) {
        const allowed = config.getOptionalStringArray(
          'auth.providers.exampleUsers.users',
        );
        if (
          !allowed ||
          config.getString('auth.environment') !== 'development'
        ) {
          return;
        }
        providers.registerProvider({
          providerId: 'exampleUsers',
          factory: createProxyAuthProviderFactory({
            authenticator: createProxyAuthenticator({
              defaultProfileTransform: async (result: { user: string }) => ({
                profile: { displayName: result.user },
              }),
              initialize: () => undefined,
              async authenticate({ req }) {
                const user = req.header(EXAMPLE_USER_HEADER);
                if (!user) {
                  throw new InputError(
                    `The ${EXAMPLE_USER_HEADER} header is missing`,
                  );
                }
                if (!allowed.includes(user)) {
                  throw new NotAllowedError(`${user} is not an example user`);
                }
                return { result: { user } };
              },
            }),
            signInResolver: async ({ result }, ctx) =>
              ctx.signInWithCatalogUser({ entityRef: { name: result.user } }),
          }),
        });
      },
    });
  },
});
