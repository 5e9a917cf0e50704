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
import { KpiService } from '../kpis/KpiService';

/**
 * Looks every hour (by default) whether today is the first working day of
 * the month and, if so, tells the governance admins that the monthly KPI
 * report is ready. The task runs on one instance at a time, and a stored
 * marker per month makes the notification go out once even if two runs or
 * instances get there.
 */
export async function scheduleKpiMonthlyReport(options: {
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  kpis: KpiService;
  logger: LoggerService;
}) {
  const { scheduler, schedule, kpis, logger } = options;
  await scheduler.scheduleTask({
    id: 'governance-kpi-monthly-report',
    ...schedule,
    scope: 'global',
    fn: async () => {
      const result = await kpis.sendMonthlyReport();
      if (result.sent) {
        logger.info(
          `Monthly KPI report for ${result.month} announced to ${result.recipients} governance admin(s)`,
        );
      }
    },
  });
}
