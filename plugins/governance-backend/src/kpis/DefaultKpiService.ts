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
  AuthService,
  BackstageCredentials,
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { JsonObject } from '@backstage/types';
import { KpiOptions } from '../config';
import { GovernanceTransaction } from '../database/governanceTransaction';
import { sendNotification } from '../notifications/sendNotification';
import { PostureService } from '../posture/PostureService';
import { computeAppValue, computeProgramRoi } from './computeRoi';
import { countOrphanedApps } from './countOrphanedApps';
import { KPI_DEFINITIONS, goalOf, statusOf } from './kpiDefinitions';
import { KpiFactsRecorder, defined } from './KpiFactsRecorder';
import { KpiStore } from './KpiStore';
import { KpiValues, currentValuesOf, factValuesOf } from './kpiValues';
import {
  AppFactsReceipt,
  AppFactsReport,
  AppValue,
  CheckOutcomeReceipt,
  CheckOutcomeReport,
  GovernanceKpiReport,
  KpiExport,
  KpiService,
  MonthlyReportResult,
  ProgramRoi,
} from './KpiService';
import { REPORT_LINK, isFirstWorkingDay } from './monthlyReport';
import { lastMonths, monthOf, monthStart } from './sqlTime';

const DAY_MS = 86_400_000;
/** Apps listed with a missing or stale value claim. */
const MISSING_CLAIMS_LISTED = 200;
/** Months of trend, the current one included. */
const TREND_MONTHS = 13;
/**
 * The report is about 20 SQL aggregates over every app (0.3 s at 10,000
 * apps on SQLite): kept 30 seconds, as the dashboard's coverage is, and
 * computed once for all requests that arrive while it is being computed.
 */
const REPORT_KEY = 'kpi-report';
const REPORT_TTL_MS = 30_000;

/** Options of {@link DefaultKpiService}. */
export interface DefaultKpiServiceOptions {
  store: KpiStore;
  transaction: GovernanceTransaction;
  posture: PostureService;
  catalog: CatalogService;
  auth: AuthService;
  notifications?: NotificationService;
  logger: LoggerService;
  /** Keeps the report for 30 seconds; without it, every call computes it. */
  cache?: CacheService;
  /** Who gets the monthly report: the governance admins. */
  admins: string[];
  settings: KpiOptions;
  now?: () => Date;
}

/**
 * The program's KPIs from SQL aggregates (current month live, past months
 * from dated facts or the last daily snapshot of each month), the ROI, and
 * the audited facts behind them.
 */
export class DefaultKpiService implements KpiService {
  private readonly now: () => Date;
  private readonly recorder: KpiFactsRecorder;
  private reportUnderWay?: Promise<GovernanceKpiReport>;

  constructor(private readonly options: DefaultKpiServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.recorder = new KpiFactsRecorder({
      transaction: options.transaction,
      now: this.now,
    });
  }

  private staleBefore(now: Date): string {
    const days = this.options.settings.valueClaimStaleDays;
    return new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10);
  }

  /** Today's values, and what the trends are made from. */
  private async current(now: Date) {
    const { store, catalog, auth, settings } = this.options;
    const [trends, figures, roiFigures] = await Promise.all([
      store.factTrends(monthStart(now, 1 - TREND_MONTHS)),
      store.currentFigures(now),
      store.roiFigures(this.staleBefore(now), MISSING_CLAIMS_LISTED),
    ]);
    const orphaned = await countOrphanedApps(figures.owners, { catalog, auth });
    const roi = computeProgramRoi(roiFigures, settings);
    const values: KpiValues = {
      ...currentValuesOf(trends, figures, monthOf(now), orphaned),
      'roi-multiple': roi.multiple,
    };
    return { trends, values, roi };
  }

  /** Every KPI's value for each month, oldest first; the last is today's. */
  private async byMonth(now: Date, count: number) {
    const { trends, values, roi } = await this.current(now);
    const months = lastMonths(now, count);
    const snapshots = await this.options.store.snapshotValues(
      `${months[0]}-01`,
    );
    // The last snapshot of each month stands for that month.
    const snapshotOf = new Map(snapshots.map(s => [s.day.slice(0, 7), s]));
    const valuesOf = (month: string): KpiValues => {
      if (month === monthOf(now)) return values;
      const facts = factValuesOf(trends, month);
      const snapshot = snapshotOf.get(month)?.values ?? {};
      return Object.fromEntries(
        KPI_DEFINITIONS.map(d => [
          d.id,
          d.trendFrom === 'facts' ? facts[d.id] : snapshot[d.id],
        ]),
      );
    };
    return { months, table: months.map(valuesOf), values, roi };
  }

  async report(): Promise<GovernanceKpiReport> {
    const { cache } = this.options;
    if (!cache) return this.computeReport();
    // Stored as the JSON it is; the cache's types only know JSON values.
    const cached = (await cache.get(REPORT_KEY)) as
      | GovernanceKpiReport
      | undefined;
    if (cached) return cached;
    this.reportUnderWay ??= this.computeReport()
      .then(async report => {
        await cache.set(REPORT_KEY, report as unknown as JsonObject, {
          ttl: REPORT_TTL_MS,
        });
        return report;
      })
      .finally(() => {
        this.reportUnderWay = undefined;
      });
    return this.reportUnderWay;
  }

  private async computeReport(): Promise<GovernanceKpiReport> {
    const now = this.now();
    const { settings } = this.options;
    const { months, table, values, roi } = await this.byMonth(
      now,
      TREND_MONTHS,
    );
    return {
      generatedAt: now.toISOString(),
      month: monthOf(now),
      settings: {
        currency: settings.currency,
        loadedHourlyRate: settings.loadedHourlyRate,
        governanceCostPerApp: settings.governanceCostPerApp,
        valueClaimStaleDays: settings.valueClaimStaleDays,
      },
      kpis: KPI_DEFINITIONS.map(d => {
        const goal = goalOf(d, settings.goals);
        const value = values[d.id];
        return {
          id: d.id,
          group: d.group,
          label: d.label,
          definition: d.definition,
          unit: d.unit,
          value,
          goal,
          status: statusOf(value, goal),
          trend: months.map((month, i) =>
            defined({ month, value: table[i][d.id] }),
          ) as Array<{ month: string; value?: number }>,
        };
      }),
      roi: roi as ProgramRoi,
    };
  }

  async exportByMonth(count: number): Promise<KpiExport> {
    const now = this.now();
    const { months, table } = await this.byMonth(now, count);
    return {
      generatedAt: now.toISOString(),
      months,
      kpis: KPI_DEFINITIONS.map(d => ({
        id: d.id,
        label: d.label,
        unit: d.unit,
        values: months.map((month, i) =>
          defined({ month, value: table[i][d.id] }),
        ) as Array<{ month: string; value?: number }>,
      })),
    };
  }

  async currentValues(): Promise<Record<string, number>> {
    const { values } = await this.current(this.now());
    return defined(values) as Record<string, number>;
  }

  async appValue(
    entityRef: string,
    { credentials }: { credentials: BackstageCredentials },
  ): Promise<AppValue> {
    // Whoever may read the posture may read the value (NotFound otherwise).
    const posture = await this.options.posture.getPosture(entityRef, {
      credentials,
    });
    const facts = await this.options.store.appValueFacts(posture.entityRef);
    const profile = posture.profile;
    return computeAppValue(
      {
        entityRef: posture.entityRef,
        hoursSavedPerWeek: profile?.value?.hoursSavedPerWeek,
        peopleServed: profile?.value?.peopleServed,
        claimedAt: profile?.value?.claimedAt,
        monthlyBudget: profile?.cost?.monthlyBudget,
        declaredMonthlyCost: profile?.cost?.monthlyCost,
        reportedMonthlyCost: facts.latestCost?.amount,
        staleBefore: this.staleBefore(this.now()),
      },
      this.options.settings,
    );
  }

  reportFacts(
    report: AppFactsReport,
    options: { actor: string },
  ): Promise<AppFactsReceipt> {
    return this.recorder.reportFacts(report, options);
  }

  recordCheckOutcome(
    report: CheckOutcomeReport & { user: string },
    options: { actor: string },
  ): Promise<CheckOutcomeReceipt> {
    return this.recorder.recordCheckOutcome(report, options);
  }

  async sendMonthlyReport(): Promise<MonthlyReportResult> {
    const { settings, admins, store } = this.options;
    if (!settings.monthlyReport.enabled) {
      return { sent: false, reason: 'disabled' };
    }
    const now = this.now();
    if (!isFirstWorkingDay(now)) return { sent: false, reason: 'not-today' };
    const month = monthOf(monthStart(now, -1));
    // Marked first: of several instances (or runs) exactly one sends.
    if (!(await store.markMonthlyReport(month, now, admins.length))) {
      return { sent: false, reason: 'already-sent' };
    }
    const sent = await sendNotification(
      this.options.notifications,
      this.options.logger,
      {
        to: admins,
        title: `Governance KPI report for ${month} is ready`,
        description:
          "The governance program's KPIs, goals, trends and ROI for last month, ready to print or download as CSV or JSON.",
        severity: 'normal',
        topic: 'governance-kpi-report',
        link: REPORT_LINK,
      },
    );
    if (!sent) {
      // Released, so the next run of the day tries again.
      await store.unmarkMonthlyReport(month);
      return { sent: false, reason: 'notification-failed' };
    }
    return { sent: true, month, recipients: admins.length };
  }
}
