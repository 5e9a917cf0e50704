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
import { AuthService, CacheService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DashboardTrendPoint,
  GovernanceDashboard,
  daysUntil,
} from '@guardrails/plugin-governance-common';
import {
  AuditLogVerification,
  AuditLogVerificationReport,
  AuditService,
} from '../audit/AuditService';
import { ReconciliationService } from '../reconciliation/ReconciliationService';
import { DashboardService } from './DashboardService';
import { DashboardStore } from './DashboardStore';
import { DatabaseDashboardHistoryStore } from './DatabaseDashboardHistoryStore';

const UPCOMING_DAYS = 90;
const DAY_MS = 86_400_000;
/** How far back the trends go: 13 months. */
export const TREND_DAYS = 396;

const MICRO_APPS = { kind: 'Component', 'spec.type': 'micro-app' };
const CLASSIFICATION = 'spec.governance.dataClassification';

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** A stored verification; those from before the witness lack its fields. */
type StoredVerification = AuditLogVerification &
  Partial<AuditLogVerificationReport>;

type Coverage = GovernanceDashboard['coverage'];
const COVERAGE_KEY = 'dashboard-coverage';
const COVERAGE_TTL_MS = 30_000;

/**
 * The platform team's overview, from SQL aggregates over the app registry,
 * one catalog facet query for coverage, the stored result of the scheduled
 * audit verification and the daily snapshots for trends: no request loads
 * every app or walks the audit chain.
 */
export class DefaultDashboardService implements DashboardService {
  private readonly now: () => Date;

  constructor(
    private readonly options: {
      store: DashboardStore;
      history: DatabaseDashboardHistoryStore;
      /** Keeps the catalog's coverage count for a while. */
      cache: CacheService;
      catalog: CatalogService;
      auth: AuthService;
      audit: AuditService;
      reconciliation: ReconciliationService;
      /** The KPI values the daily snapshot also keeps, for their trends. */
      kpis?: { currentValues(): Promise<Record<string, number>> };
      now?: () => Date;
    },
  ) {
    this.now = options.now ?? (() => new Date());
  }

  async summarize(): Promise<GovernanceDashboard> {
    const { store, history } = this.options;
    const now = this.now();
    const [coverage, statuses, times, attestations, exceptions, apps] =
      await Promise.all([
        this.coverage(),
        store.approvalStatusCounts(),
        store.approvalTimes(),
        store.attestationCounts(now),
        store.exceptionCounts(now),
        store.appCounts(),
      ]);
    const retirements = await store.retirementsUntil(
      dayOf(new Date(now.getTime() + UPCOMING_DAYS * DAY_MS)),
    );
    const attested = attestations.completed + attestations.open;
    const audit = await this.latestAuditVerification(now);
    const trends = await history.listSnapshotsSince(
      dayOf(new Date(now.getTime() - TREND_DAYS * DAY_MS)),
    );
    return {
      generatedAt: now.toISOString(),
      apps,
      coverage,
      approvals: {
        pending: statuses.pending ?? 0,
        autoApproved: statuses['auto-approved'] ?? 0,
        reviewed: times.reviewed,
        medianHoursToApproval: times.medianHours,
      },
      attestations: {
        ...attestations,
        complianceRate: attested
          ? (attested - attestations.overdue) / attested
          : undefined,
      },
      exceptions,
      upcomingRetirements: retirements.map(r => ({
        ...r,
        daysLeft: daysUntil(r.date, now),
      })),
      audit,
      trends,
    };
  }

  /** Today's headline figures, as the daily snapshot stores them. */
  async recordDailySnapshot(): Promise<DashboardTrendPoint> {
    const now = this.now();
    const summary = await this.summarize();
    const point: DashboardTrendPoint = {
      day: dayOf(now),
      apps: summary.apps.total,
      byTier: summary.apps.byTier,
      byLifecycle: summary.apps.byLifecycle,
      complianceRate: summary.attestations.complianceRate,
      medianHoursToApproval: summary.approvals.medianHoursToApproval,
      activeExceptions: summary.exceptions.active,
      ungoverned: summary.coverage.ungoverned,
    };
    const kpis = await this.options.kpis?.currentValues();
    await this.options.history.recordDailySnapshot(point, now, kpis);
    await this.options.history.deleteSnapshotsBefore(
      dayOf(new Date(now.getTime() - TREND_DAYS * DAY_MS)),
    );
    return point;
  }

  /** Verifies the audit log and stores the result (a scheduled task). */
  async verifyAuditLog(): Promise<AuditLogVerificationReport> {
    const result = await this.options.audit.verify();
    await this.options.history.recordVerification({
      verifiedAt: this.now(),
      result: result as unknown as Record<string, unknown>,
    });
    return result;
  }

  /** The stored result of the scheduled verification: reads never verify. */
  private async latestAuditVerification(
    now: Date,
  ): Promise<GovernanceDashboard['audit']> {
    const stored =
      await this.options.history.latestVerification<StoredVerification>();
    if (!stored) {
      return {
        valid: false,
        events: 0,
        reason: 'not verified yet: the scheduled verification has not run',
      };
    }
    const { result, verifiedAt } = stored;
    const newest = result.witness?.newest ?? result.newestCheckpoint;
    return {
      valid: result.valid && result.checkpoints.valid,
      events: result.checkedEvents,
      reason:
        result.firstBroken?.reason ?? result.checkpoints.firstBroken?.reason,
      verifiedAt: verifiedAt.toISOString(),
      verifiedUpTo: result.verifiedUpTo,
      newestWitnessed: newest && {
        ...newest,
        ageSeconds: Math.max(
          0,
          Math.round((now.getTime() - Date.parse(newest.signedAt)) / 1000),
        ),
      },
      uncoveredEvents: result.uncoveredEvents,
      warnings: result.warnings,
    };
  }

  /**
   * Micro apps with and without a profile: one facet query, which takes the
   * catalog a tenth of a second at 10,000 apps, so its answer is kept for
   * 30 seconds (in the backend's cache service, shared by instances that
   * share a cache store).
   */
  private async coverage(): Promise<GovernanceDashboard['coverage']> {
    const cached = await this.options.cache.get<Coverage>(COVERAGE_KEY);
    if (cached) return cached;
    const coverage = await this.countCoverage();
    await this.options.cache.set(COVERAGE_KEY, coverage, {
      ttl: COVERAGE_TTL_MS,
    });
    return coverage;
  }

  private async countCoverage(): Promise<Coverage> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { facets } = await this.options.catalog.getEntityFacets(
      { filter: MICRO_APPS, facets: ['kind', CLASSIFICATION] },
      { credentials },
    );
    const sum = (name: string) =>
      (facets[name] ?? []).reduce((total, f) => total + f.count, 0);
    const governed = sum(CLASSIFICATION);
    const ungoverned = Math.max(0, sum('kind') - governed);
    const run = await this.options.reconciliation.latestRun();
    return {
      governed,
      ungoverned,
      // As the latest reconciliation saw them (the first 100).
      ungovernedRefs: ungoverned > 0 ? run?.ungovernedRefs ?? [] : [],
    };
  }
}
