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
import { LifecycleService } from '../lifecycle/LifecycleService';

/**
 * Runs the lifecycle sweep (hourly by default) on one backend instance at a
 * time (global scope), so several instances on one database never queue an
 * app twice.
 */
export async function scheduleLifecycleSweep(options: {
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  lifecycle: LifecycleService;
  logger: LoggerService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-lifecycle-sweep',
    ...options.schedule,
    scope: 'global',
    fn: async () => {
      const { queued } = await options.lifecycle.sweep();
      if (queued.length > 0) {
        options.logger.info(`Queued for retirement: ${queued.join(', ')}`);
      }
    },
  });
}
