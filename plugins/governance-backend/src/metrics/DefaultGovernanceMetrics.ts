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
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  MetricAttributes,
  MetricsService,
  MetricsServiceObservable,
  MetricsServiceObservableCallback,
} from '@backstage/backend-plugin-api/alpha';
import { DashboardStore } from '../dashboard/DashboardStore';
import { EntityChangeQueueStats } from '../reconciliation/EntityChangeQueue';
import { ReconciliationRun } from '../reconciliation/ReconciliationService';
import { EvaluationTrigger, GovernanceMetrics } from './GovernanceMetrics';

/** The names of the governance metrics, as the metrics service gets them. */
export const GOVERNANCE_METRIC_NAMES = {
  apps: 'guardrails.governance.apps.count',
  approvalsPending: 'guardrails.governance.approvals.pending.count',
  approvalsPastSla: 'guardrails.governance.approvals.past_sla.count',
  evaluationDuration: 'guardrails.governance.evaluation.duration',
  reconciliationLag: 'guardrails.governance.reconciliation.lag',
  reconciliationRuns: 'guardrails.governance.reconciliation.runs.count',
  reconciliationEntities: 'guardrails.governance.reconciliation.entities.count',
  queueLength: 'guardrails.governance.reconciliation.queue.length',
  queueOldestAge: 'guardrails.governance.reconciliation.queue.oldest_age',
} as const;

// An evaluation takes milliseconds; the SDK's default buckets are for
// values in the hundreds.
const EVALUATION_BUCKETS = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

/** Where the gauges read their values when the metrics are collected. */
export interface GovernanceMetricsSources {
  dashboard: Pick<DashboardStore, 'appBreakdown' | 'pendingApprovals'>;
  reconciliation: {
    latestRun(): Promise<ReconciliationRun | undefined>;
    queueStats(): EntityChangeQueueStats;
  };
}

/**
 * Governance metrics through Backstage's metrics service (OpenTelemetry),
 * so they reach whatever exporter the backend's instrumentation set up.
 * Counters and the histogram are recorded as things happen; the gauges run
 * a grouped count when a reader collects, never on a request's path.
 */
export class DefaultGovernanceMetrics implements GovernanceMetrics {
  private readonly now: () => Date;
  private readonly evaluationDuration;
  private readonly runs;
  private readonly entities;
  private readonly callbacks: Array<
    [MetricsServiceObservable, MetricsServiceObservableCallback]
  > = [];

  constructor(
    private readonly options: {
      metrics: MetricsService;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {
    const { metrics } = options;
    this.now = options.now ?? (() => new Date());
    this.evaluationDuration = metrics.createHistogram<{
      trigger: EvaluationTrigger;
    }>(GOVERNANCE_METRIC_NAMES.evaluationDuration, {
      description: 'Time spent evaluating the posture of one entity',
      unit: 'seconds',
      advice: { explicitBucketBoundaries: EVALUATION_BUCKETS },
    });
    this.runs = metrics.createCounter(
      GOVERNANCE_METRIC_NAMES.reconciliationRuns,
      { description: 'Reconciliation runs completed' },
    );
    this.entities = metrics.createCounter<{
      result: 'evaluated' | 'written' | 'failed';
    }>(GOVERNANCE_METRIC_NAMES.reconciliationEntities, {
      description:
        'Entities the reconciliation evaluated, whose stored posture it changed (written), or that failed',
    });
  }

  recordEvaluation(seconds: number, trigger: EvaluationTrigger): void {
    this.evaluationDuration.record(seconds, { trigger });
  }

  recordReconciliation(run: ReconciliationRun): void {
    this.runs.add(1);
    this.entities.add(run.evaluated, { result: 'evaluated' });
    this.entities.add(run.written, { result: 'written' });
    this.entities.add(run.failed, { result: 'failed' });
  }

  /** Registers the gauges; called once the sources exist. */
  observe(sources: GovernanceMetricsSources): void {
    const { metrics } = this.options;
    const { dashboard, reconciliation } = sources;

    const breakdown = shareInFlight(() => dashboard.appBreakdown());
    this.gauge(
      GOVERNANCE_METRIC_NAMES.apps,
      'Governed apps by approval tier and lifecycle state',
      async () =>
        (await breakdown()).map(row => [
          row.count,
          {
            tier: row.tier === undefined ? 'none' : String(row.tier),
            state: row.lifecycleState,
          },
        ]),
    );

    // Both approval gauges come from one grouped count per collection.
    const approvals = shareInFlight(() =>
      dashboard.pendingApprovals(this.now()),
    );
    this.gauge(
      GOVERNANCE_METRIC_NAMES.approvalsPending,
      'Approval requests awaiting reviewers, by tier',
      async () =>
        (await approvals()).map(row => [
          row.pending,
          { tier: String(row.tier) },
        ]),
    );
    this.gauge(
      GOVERNANCE_METRIC_NAMES.approvalsPastSla,
      'Approval requests still pending past their review SLA, by tier',
      async () =>
        (await approvals()).map(row => [
          row.pastSla,
          { tier: String(row.tier) },
        ]),
    );

    this.gauge(
      GOVERNANCE_METRIC_NAMES.reconciliationLag,
      'Seconds since the last completed reconciliation run (none before the first)',
      async () => {
        const run = await reconciliation.latestRun();
        if (!run) return [];
        const ms = this.now().getTime() - run.finishedAt.getTime();
        return [[Math.max(0, ms) / 1000, {}]];
      },
      'seconds',
    );

    // The queue is per backend instance and in memory: no database read.
    const queue = metrics.createObservableGauge(
      GOVERNANCE_METRIC_NAMES.queueLength,
      {
        description:
          'Announced catalog changes waiting to be evaluated on this instance',
      },
    );
    this.addCallback(queue, result =>
      result.observe(reconciliation.queueStats().length),
    );
    const age = metrics.createObservableGauge(
      GOVERNANCE_METRIC_NAMES.queueOldestAge,
      {
        description:
          'Seconds the longest waiting announced change has waited (0 when none)',
        unit: 'seconds',
      },
    );
    this.addCallback(age, result => {
      const { oldestQueuedAt } = reconciliation.queueStats();
      result.observe(
        oldestQueuedAt === undefined
          ? 0
          : Math.max(0, this.now().getTime() - oldestQueuedAt) / 1000,
      );
    });
  }

  /**
   * Unregisters the gauges (backend shutdown): the global meter would
   * otherwise go on calling into a closed database.
   */
  stop(): void {
    for (const [gauge, callback] of this.callbacks.splice(0)) {
      gauge.removeCallback(callback);
    }
  }

  private addCallback(
    gauge: MetricsServiceObservable,
    callback: MetricsServiceObservableCallback,
  ) {
    gauge.addCallback(callback);
    this.callbacks.push([gauge, callback]);
  }

  /**
   * An observable gauge read from the database. A failed read is logged and
   * the gauge skipped for that collection: the SDK never sees an error.
   */
  private gauge(
    name: string,
    description: string,
    read: () => Promise<Array<[number, MetricAttributes]>>,
    unit?: string,
  ) {
    const gauge = this.options.metrics.createObservableGauge(name, {
      description,
      unit,
    });
    // The SDK goes on reporting the last value of an attribute set that is
    // no longer observed (opentelemetry-js#4096): a tier and state that
    // has no apps left reports 0 instead.
    const seen = new Map<string, MetricAttributes>();
    this.addCallback(gauge, async result => {
      let points: Array<[number, MetricAttributes]>;
      try {
        points = await read();
      } catch (error) {
        this.options.logger.warn(
          `Governance metric ${name} not collected: ${error}`,
        );
        return;
      }
      const observed = new Set<string>();
      for (const [value, attributes] of points) {
        const key = JSON.stringify(attributes);
        observed.add(key);
        seen.set(key, attributes);
        result.observe(value, attributes);
      }
      for (const [key, attributes] of seen) {
        if (!observed.has(key)) result.observe(0, attributes);
      }
    });
  }
}

/**
 * The SDK calls every gauge's callback at once per collection: callers
 * that overlap share one read.
 */
function shareInFlight<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  return () => {
    inFlight ??= read().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}
