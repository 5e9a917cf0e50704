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
import { PostureService } from '../posture/PostureService';

/**
 * Registers and re-evaluates every governed app in the catalog (every five
 * minutes by default), on one instance at a time: new apps get their
 * approval request without anyone opening their Governance tab.
 */
export async function scheduleGovernanceSync(options: {
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  posture: PostureService;
  logger: LoggerService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-sync',
    ...options.schedule,
    scope: 'global',
    fn: async () => {
      const count = await options.posture.syncAll();
      options.logger.debug(`Governance sync evaluated ${count} apps`);
    },
  });
}
