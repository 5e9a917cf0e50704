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
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { DefaultGovernanceRegistryService } from './DefaultGovernanceRegistryService';
import { GovernanceRegistryService } from './GovernanceRegistryService';

/**
 * Registration with the governance backend, for backend modules such as
 * the scaffolder actions.
 *
 * @public
 */
export const governanceRegistryServiceRef =
  createServiceRef<GovernanceRegistryService>({
    id: 'governance.registry',
    scope: 'plugin',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          discovery: coreServices.discovery,
          auth: coreServices.auth,
        },
        factory: deps => new DefaultGovernanceRegistryService(deps),
      }),
  });
