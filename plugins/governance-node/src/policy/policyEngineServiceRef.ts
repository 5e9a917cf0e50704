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
import { DefaultPolicyEngine } from './DefaultPolicyEngine';
import { loadPolicyPacks } from './loadPolicyPacks';
import { OpaPolicySource } from './OpaPolicySource';
import { PolicyEngine } from './PolicyEngine';
import { readPolicyOptions } from './readPolicyOptions';

/**
 * The configured policy packs, compiled once. A pack that does not load
 * stops the backend at start-up with a message naming file and rule.
 *
 * @public
 */
export const policyEngineServiceRef = createServiceRef<PolicyEngine>({
  id: 'governance.policy-engine',
  scope: 'plugin',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { config: coreServices.rootConfig, logger: coreServices.logger },
      factory: ({ config, logger }) => {
        const options = readPolicyOptions(config);
        const packs = loadPolicyPacks({
          includeDefaultPack: options.includeDefaultPack,
          paths: options.paths,
          limits: options.limits,
        });
        logger.info(
          `Loaded policy packs: ${
            packs
              .map(p => `${p.id}@${p.version} (${p.rules.length} rules)`)
              .join(', ') || 'none'
          }${options.opa ? `; OPA at ${options.opa.baseUrl}` : ''}`,
        );
        return new DefaultPolicyEngine(
          packs,
          options.organization,
          options.opa ? [new OpaPolicySource(options.opa)] : [],
          options.limits,
        );
      },
    }),
});
