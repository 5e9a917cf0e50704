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
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { AuditService } from '../audit/AuditService';

/**
 * Signs the audit chain's tip (every 15 minutes by default), on one
 * instance at a time.
 */
export async function scheduleAuditCheckpoints(options: {
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  audit: AuditService;
}) {
  await options.scheduler.scheduleTask({
    id: 'governance-audit-checkpoint',
    ...options.schedule,
    scope: 'global',
    fn: async () => {
      await options.audit.checkpoint();
    },
  });
}
