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
import { TestDatabases, mockCredentials } from '@backstage/backend-test-utils';
import { metrics } from '@opentelemetry/api';
import {
  DataPoint,
  Histogram,
  MeterProvider,
  MetricReader,
} from '@opentelemetry/sdk-metrics';
import { Knex } from 'knex';
import request from 'supertest';
import { scaffolderHeader } from '../__testUtils__/guardrailsPermissions';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';
import { GOVERNANCE_METRIC_NAMES as NAMES } from './DefaultGovernanceMetrics';

jest.setTimeout(240_000);

/** A pull reader, as the Prometheus exporter is: collects when asked. */
class TestMetricReader extends MetricReader {
  protected async onShutdown() {}
  protected async onForceFlush() {}
}

/** One collection: each metric's points as `attribute values -> value`. */
async function collect(reader: MetricReader) {
  const { resourceMetrics, errors } = await reader.collect();
  expect(errors).toEqual([]);
  const all = resourceMetrics.scopeMetrics.flatMap(s => s.metrics);
  const points = (name: string) =>
    (all.find(m => m.descriptor.name === name)?.dataPoints ??
      []) as DataPoint<unknown>[];
  const byAttributes = <T>(name: string) =>
    Object.fromEntries(
      points(name).map(p => [
        Object.values(p.attributes).join('/'),
        p.value as T,
      ]),
    );
  return {
    values: (name: string) => byAttributes<number>(name),
    /** Observations of the histogram per attribute value. */
    counts: (name: string) =>
      Object.fromEntries(
        Object.entries(byAttributes<Histogram>(name)).map(([k, h]) => [
          k,
          h.count,
        ]),
      ),
  };
}

const nonZero = (values: Record<string, number>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== 0));

async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean) {
  for (let attempt = 0; ; attempt++) {
    const value = await read();
    if (done(value) || attempt === 120) return value;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('governance metrics on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  const reader = new TestMetricReader();
  let knex: Knex;
  let server: any;
  let runSync: () => Promise<void>;

  beforeAll(async () => {
    // Backstage's metrics service meters through the global provider, as
    // the OpenTelemetry Node SDK of an instrumentation file registers it.
    metrics.disable();
    metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
    knex = await databases.init(databaseId);
    ({ server, runSync } = await startGovernanceTestBackend({
      knex,
      // The catalog's change announcements evaluate the examples.
      sync: false,
      guardrailsPermissions: { governance: {} },
      governance: {
        reconciliation: { catalogEvents: true },
        // Tier 2 reviewers get about a second.
        approvals: { slaHours: { tier2: 0.0003 } },
      },
    }));
  });

  it('counts apps by tier and lifecycle state, and times the evaluations of announced changes', async () => {
    const settled = await eventually(
      () => collect(reader),
      m =>
        Object.values(m.values(NAMES.apps)).reduce((a, b) => a + b, 0) === 6 &&
        m.values(NAMES.queueLength)[''] === 0,
    );
    // An app between its evaluation and its approval request was
    // 'registered' for a moment: that tier and state now reports 0.
    expect(nonZero(settled.values(NAMES.apps))).toEqual({
      '0/approved': 2,
      '1/pending-approval': 1,
      '2/pending-approval': 2,
      '3/pending-approval': 1,
    });
    // Each example once at least (the catalog may announce one again).
    expect(settled.counts(NAMES.evaluationDuration).event).toBeGreaterThan(5);
    expect(settled.values(NAMES.queueOldestAge)).toEqual({ '': 0 });
    // No reconciliation has run yet: no lag to report.
    expect(settled.values(NAMES.reconciliationLag)).toEqual({});

    const lifecycle = (action: string) =>
      request(server)
        .post('/api/governance/apps/lifecycle')
        .set('Authorization', mockCredentials.user.header('user:default/frank'))
        .send({
          entityRef: 'component:default/where2eat',
          action,
          justification: 'Metrics test',
        });
    expect((await lifecycle('quarantine')).status).toBe(200);
    const quarantined = (await collect(reader)).values(NAMES.apps);
    expect(nonZero(quarantined)).toEqual({
      '0/approved': 1,
      '0/quarantined': 1,
      '1/pending-approval': 1,
      '2/pending-approval': 2,
      '3/pending-approval': 1,
    });

    expect((await lifecycle('reinstate')).status).toBe(200);
    const reinstated = (await collect(reader)).values(NAMES.apps);
    // Reported as 0, not left at its last value.
    expect(reinstated['0/quarantined']).toBe(0);
    expect(reinstated['0/approved']).toBe(2);
  });

  it('counts pending approvals and those past their SLA, by tier', async () => {
    const m = await eventually(
      () => collect(reader),
      c => c.values(NAMES.approvalsPastSla)['2'] === 2,
    );
    expect(m.values(NAMES.approvalsPending)).toEqual({ 1: 1, 2: 2, 3: 1 });
    expect(m.values(NAMES.approvalsPastSla)).toEqual({ 1: 0, 2: 2, 3: 0 });
  });

  it('labels registrations and reconciliations, and reports the lag since the last run', async () => {
    const before = (await collect(reader)).counts(NAMES.evaluationDuration);
    const registered = await request(server)
      .post('/api/governance/apps/register')
      .set('Authorization', scaffolderHeader('user:default/guest'))
      .send({ entityRef: 'component:default/standup-notes-bot' });
    expect(registered.status).toBe(200);

    // A stored evaluation the reconciliation finds out of date.
    await knex('governance_apps')
      .where({ entity_ref: 'component:default/hr-candidate-tracker' })
      .update({ entity_digest: 'stale' });
    await runSync();

    const m = await collect(reader);
    expect(m.counts(NAMES.evaluationDuration)).toEqual({
      event: before.event,
      registration: 1,
      reconciliation: 1,
    });
    expect(m.values(NAMES.reconciliationRuns)).toEqual({ '': 1 });
    // The posture itself did not change: nothing written.
    expect(m.values(NAMES.reconciliationEntities)).toEqual({
      evaluated: 1,
      written: 0,
      failed: 0,
    });
    const lag = m.values(NAMES.reconciliationLag)[''];
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(60);
  });
});
