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
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { ReconciliationService } from '../reconciliation/ReconciliationService';

/**
 * The reconciliation (every five minutes by default), on one instance at a
 * time even with several instances on one database: whatever catalog change
 * events missed is evaluated, new apps get their approval request.
 */
export async function scheduleGovernanceSync(options: {
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  reconciliation: ReconciliationService;
  logger: LoggerService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-sync',
    ...options.schedule,
    scope: 'global',
    fn: async () => {
      const run = await options.reconciliation.reconcile();
      options.logger.info(
        `Governance reconciliation: ${run.seen} apps seen, ${run.evaluated} evaluated, ${run.written} changed, ${run.failed} failed`,
      );
    },
  });
}
