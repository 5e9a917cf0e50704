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
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { GovernanceApiModels } from '@guardrails/plugin-governance-common';

/** The KPI report of GET /kpis. */
export type GovernanceKpiReport = GovernanceApiModels.GovernanceKpiReport;
/** One KPI with its goal, status and trend. */
export type GovernanceKpi = GovernanceApiModels.GovernanceKpi;
/** A KPI's goal. */
export type KpiGoal = GovernanceApiModels.KpiGoal;
/** The program's ROI. */
export type ProgramRoi = GovernanceApiModels.ProgramRoi;
/** Every KPI by month (GET /kpis/export). */
export type KpiExport = GovernanceApiModels.KpiExport;
/** One app's value and cost (GET /apps/value). */
export type AppValue = GovernanceApiModels.AppValue;
/** What an app's CI reports (POST /apps/facts). */
export type AppFactsReport = GovernanceApiModels.AppFactsReport;
/** How many facts a report recorded. */
export type AppFactsReceipt = GovernanceApiModels.AppFactsReceipt;
/** The outcome of one governance check of a template run. */
export type CheckOutcomeReport = GovernanceApiModels.CheckOutcomeReport;
/** The stored check outcome. */
export type CheckOutcomeReceipt = GovernanceApiModels.CheckOutcomeReceipt;

/** What the monthly report task did on one run. */
export type MonthlyReportResult =
  | { sent: true; month: string; recipients: number }
  | {
      sent: false;
      reason: 'disabled' | 'not-today' | 'already-sent' | 'notification-failed';
    };

/**
 * The governance program's KPIs and ROI, and the facts behind them: what an
 * app's CI reports (cost, incidents, deploys) and the outcomes of the
 * scaffolder's checks. Reads are SQL aggregates; writes are audited.
 */
export interface KpiService {
  /** Every KPI with its goal, status and 13-month trend, and the ROI. */
  report(): Promise<GovernanceKpiReport>;
  /** Every KPI by month, the last `months` months up to the current one. */
  exportByMonth(months: number): Promise<KpiExport>;
  /**
   * The value and cost of one app; the caller must be allowed to read its
   * posture (NotFoundError otherwise).
   */
  appValue(
    entityRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<AppValue>;
  /** Records the facts and one audit event; NotFoundError for an unknown app. */
  reportFacts(
    report: AppFactsReport,
    options: { actor: string },
  ): Promise<AppFactsReceipt>;
  /** Records a check outcome and one audit event. */
  recordCheckOutcome(
    report: CheckOutcomeReport & { user: string },
    options: { actor: string },
  ): Promise<CheckOutcomeReceipt>;
  /** Today's value of every KPI, for the daily snapshot. */
  currentValues(): Promise<Record<string, number>>;
  /**
   * On the first working day of the month, tells the governance admins
   * that the monthly report is ready, once per month.
   */
  sendMonthlyReport(): Promise<MonthlyReportResult>;
}
