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
import { createBackend } from '@backstage/backend-defaults';
import { authModuleExampleUsers } from './modules/authModuleExampleUsers';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Auth: guest sign-in for local use (see app-config.yaml)
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// Development only: sign in as an example user (auth.providers.exampleUsers)
backend.add(authModuleExampleUsers);

// Catalog, with the governance profile processor
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(import('@backstage/plugin-catalog-backend-module-unprocessed'));
backend.add(import('@guardrails/plugin-catalog-backend-module-governance'));

// Scaffolder, with the governance actions
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);
backend.add(import('@guardrails/plugin-scaffolder-backend-module-governance'));

// Permissions, with the Guardrails policy (roles in app-config governance.roles)
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('@guardrails/plugin-permission-backend-module-governance'));

// Notifications and signals
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-user-settings-backend'));

// Guardrails governance
backend.add(import('@guardrails/plugin-governance-backend'));

// AI assistants: the Guardrails actions as MCP tools at /api/mcp-actions/v1
// (backend.actions.pluginSources in app-config.yaml)
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.start();
