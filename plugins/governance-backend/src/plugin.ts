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
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  actionsRegistryServiceRef,
  metricsServiceRef,
} from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { governancePermissions } from '@guardrails/plugin-governance-common';
import {
  policyEngineServiceRef,
  riskModelServiceRef,
} from '@guardrails/plugin-governance-node';
import { registerGovernanceActions } from './actions/registerGovernanceActions';
import { subscribeToCatalogChanges } from './reconciliation/subscribeToCatalogChanges';
import { readGovernanceBackendConfig } from './config';
import { createGovernanceServices } from './createGovernanceServices';
import { createRouter } from './router';
import { scheduleGovernanceTasks } from './tasks/scheduleGovernanceTasks';

/**
 * The Guardrails governance backend plugin.
 *
 * @public
 */
export const governancePlugin = createBackendPlugin({
  pluginId: 'governance',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        auditor: coreServices.auditor,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        userInfo: coreServices.userInfo,
        auth: coreServices.auth,
        cache: coreServices.cache,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        metrics: metricsServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        events: eventsServiceRef,
        notifications: notificationService,
        catalog: catalogServiceRef,
        riskModel: riskModelServiceRef,
        policyEngine: policyEngineServiceRef,
      },
      async init(deps) {
        deps.permissionsRegistry.addPermissions(governancePermissions);
        const options = readGovernanceBackendConfig(deps.config);
        const services = await createGovernanceServices(deps, options);
        if (options.reconciliation.catalogEvents) {
          await subscribeToCatalogChanges({
            events: deps.events,
            reconciliation: services.reconciliation,
          });
        }
        deps.lifecycle.addShutdownHook(() => {
          services.reconciliation.stop();
          services.metrics.stop();
        });
        await scheduleGovernanceTasks({
          scheduler: deps.scheduler,
          logger: deps.logger,
          schedules: options.schedules,
          kpiReportSchedule: options.kpis.monthlyReport.schedule,
          ...services,
        });
        // The public keys are public: auditors fetch them without an account.
        deps.httpRouter.addAuthPolicy({
          path: '/keys',
          allow: 'unauthenticated',
        });
        // The same operations for AI assistants (served by the MCP actions backend).
        registerGovernanceActions(deps.actionsRegistry, {
          auditor: deps.auditor,
          permissions: deps.permissions,
          services,
          maxExceptionDays: options.exceptions.maxDays,
          ciTokens: options.ciTokens,
        });
        deps.httpRouter.use(
          await createRouter({
            auditor: deps.auditor,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            services,
            maxExceptionDays: options.exceptions.maxDays,
            ciTokens: options.ciTokens,
          }),
        );
      },
    });
  },
});
