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
import { DashboardService } from '../dashboard/DashboardService';

/**
 * What the dashboard reads instead of computing per request, each on one
 * instance at a time: the audit log's verification (every 15 minutes by
 * default) and the day's snapshot of the headline figures (hourly, so a
 * day is recorded even when an instance restarts around midnight).
 */
export async function scheduleDashboardTasks(options: {
  scheduler: SchedulerService;
  schedules: {
    auditVerification: SchedulerServiceTaskScheduleDefinition;
    dailySnapshot: SchedulerServiceTaskScheduleDefinition;
  };
  dashboard: DashboardService;
}) {
  const { scheduler, schedules, dashboard } = options;
  await scheduler.scheduleTask({
    id: 'governance-audit-verification',
    ...schedules.auditVerification,
    scope: 'global',
    fn: async () => {
      await dashboard.verifyAuditLog();
    },
  });
  await scheduler.scheduleTask({
    id: 'governance-daily-snapshot',
    ...schedules.dailySnapshot,
    scope: 'global',
    fn: async () => {
      await dashboard.recordDailySnapshot();
    },
  });
}
