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
import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { MetricsService } from '@backstage/backend-plugin-api/alpha';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { DatabaseDashboardStore } from '../dashboard/DatabaseDashboardStore';
import { EntityChangeQueue } from '../reconciliation/EntityChangeQueue';
import { DatabaseReconciliationStore } from '../reconciliation/ReconciliationStore';
import {
  DefaultGovernanceMetrics,
  GOVERNANCE_METRIC_NAMES as NAMES,
} from './DefaultGovernanceMetrics';

class TestMetricReader extends MetricReader {
  protected async onShutdown() {}
  protected async onForceFlush() {}
}

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('DefaultGovernanceMetrics on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });

  it('logs and skips a gauge whose database read fails; the in-memory queue gauges still report', async () => {
    // No migrations: every governance table is missing.
    const knex = await databases.init(databaseId);
    const reader = new TestMetricReader();
    // The meter is what Backstage's metrics service hands out.
    const meter: MetricsService = new MeterProvider({
      readers: [reader],
    }).getMeter('test');
    const logger = mockServices.logger.mock();
    const queue = new EntityChangeQueue({
      logger,
      isCurrent: async () => false,
      load: async () => undefined,
      evaluate: async () => {},
    });
    const metrics = new DefaultGovernanceMetrics({ metrics: meter, logger });
    metrics.observe({
      dashboard: new DatabaseDashboardStore(knex),
      reconciliation: {
        latestRun: () => new DatabaseReconciliationStore(knex).latestRun(),
        queueStats: () => queue.stats(),
      },
    });
    queue.add({
      entityRef: 'component:default/queued',
      entityDigest: 'a'.repeat(64),
    });

    const { resourceMetrics, errors } = await reader.collect();
    expect(errors).toEqual([]);
    const reported = Object.fromEntries(
      resourceMetrics.scopeMetrics
        .flatMap(s => s.metrics)
        .map(m => [m.descriptor.name, m.dataPoints.map(p => p.value)]),
    );
    expect(reported[NAMES.queueLength]).toEqual([1]);
    expect(reported[NAMES.queueOldestAge]).toEqual([expect.any(Number)]);
    for (const name of [
      NAMES.apps,
      NAMES.approvalsPending,
      NAMES.approvalsPastSla,
      NAMES.reconciliationLag,
    ]) {
      expect(reported[name] ?? []).toEqual([]);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining(`Governance metric ${name} not collected`),
      );
    }
    queue.stop();
    metrics.stop();
  });
});
