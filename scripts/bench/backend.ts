/*
 * Copyright <%= YEAR %> The Guardrails Authors
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

// Backend of the scale benchmark (scripts/bench/scale.mjs starts it): the
// plugins of packages/backend/src/index.ts, with the governance catalog
// module only when BENCH_GOVERNANCE_MODULE=1, plus the bench-only parts of
// ./benchModule (event-loop delay, timed scheduled tasks).
import { createBackend } from '@backstage/backend-defaults';
import { benchPlugin, benchSchedulerFactory } from './benchModule';

const backend = createBackend();

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(import('@backstage/plugin-catalog-backend-module-unprocessed'));
if (process.env.BENCH_GOVERNANCE_MODULE === '1') {
  backend.add(import('@guardrails/plugin-catalog-backend-module-governance'));
}

backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);
backend.add(import('@guardrails/plugin-scaffolder-backend-module-governance'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('@guardrails/plugin-permission-backend-module-governance'));

backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-user-settings-backend'));

backend.add(import('@guardrails/plugin-governance-backend'));

backend.add(benchSchedulerFactory);
backend.add(benchPlugin);

backend.start();
