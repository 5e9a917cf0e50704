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
import { ApprovalService } from '../approvals/ApprovalService';
import { AttestationService } from '../attestations/AttestationService';
import { AuditService } from '../audit/AuditService';
import { DashboardService } from '../dashboard/DashboardService';
import { GovernanceTaskName } from '../config';
import { KpiService } from '../kpis/KpiService';
import { LifecycleService } from '../lifecycle/LifecycleService';
import { ReconciliationService } from '../reconciliation/ReconciliationService';
import { scheduleApprovalSla } from './scheduleApprovalSla';
import { scheduleAttestationCampaigns } from './scheduleAttestationCampaigns';
import { scheduleAuditCheckpoints } from './scheduleAuditCheckpoints';
import { scheduleDashboardTasks } from './scheduleDashboardTasks';
import { scheduleGovernanceSync } from './scheduleGovernanceSync';
import { scheduleKpiMonthlyReport } from './scheduleKpiMonthlyReport';
import { scheduleLifecycleSweep } from './scheduleLifecycleSweep';

/** What the governance background tasks run on. */
export interface GovernanceTaskOptions {
  scheduler: SchedulerService;
  logger: LoggerService;
  schedules: Record<GovernanceTaskName, SchedulerServiceTaskScheduleDefinition>;
  reconciliation: ReconciliationService;
  approvals: ApprovalService;
  attestations: AttestationService;
  audit: AuditService;
  lifecycle: LifecycleService;
  dashboard: DashboardService;
  kpis: KpiService;
  /** When the monthly report task looks whether today is the day. */
  kpiReportSchedule: SchedulerServiceTaskScheduleDefinition;
}

/** Schedules every background task of the governance backend. */
export async function scheduleGovernanceTasks(options: GovernanceTaskOptions) {
  const { scheduler, logger, schedules } = options;
  await scheduleApprovalSla({
    scheduler,
    schedule: schedules.approvalSla,
    approvals: options.approvals,
  });
  await scheduleAttestationCampaigns({
    scheduler,
    schedule: schedules.attestationCampaigns,
    attestations: options.attestations,
    logger,
  });
  await scheduleAuditCheckpoints({
    scheduler,
    schedule: schedules.auditCheckpoints,
    audit: options.audit,
  });
  await scheduleDashboardTasks({
    scheduler,
    schedules,
    dashboard: options.dashboard,
  });
  await scheduleKpiMonthlyReport({
    scheduler,
    schedule: options.kpiReportSchedule,
    kpis: options.kpis,
    logger,
  });
  await scheduleLifecycleSweep({
    scheduler,
    schedule: schedules.lifecycleSweep,
    lifecycle: options.lifecycle,
    logger,
  });
  await scheduleGovernanceSync({
    scheduler,
    schedule: schedules.sync,
    reconciliation: options.reconciliation,
    logger,
  });
}
