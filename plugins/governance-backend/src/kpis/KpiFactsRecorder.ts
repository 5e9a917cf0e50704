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
import { randomUUID } from 'node:crypto';
import { InputError, NotFoundError } from '@backstage/errors';
import { GovernanceTransaction } from '../database/governanceTransaction';
import {
  AppFactsReceipt,
  AppFactsReport,
  CheckOutcomeReceipt,
  CheckOutcomeReport,
} from './KpiService';
import { monthOf } from './sqlTime';

/** Clocks differ a little: a fact this far ahead of now is still today's. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Drops undefined fields: the audit log's canonical JSON has none. */
export const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const refuse = (field: string, problem: string) =>
  new InputError(`Request body field "${field}": ${problem}`);

/** Refuses a second item with the same key: which one is meant? */
function refuseRepeats<T>(
  items: T[],
  list: string,
  field: string,
  key: (item: T) => string,
) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first !== undefined) {
      throw refuse(`${list}.${i}.${field}`, `repeats ${list}.${first}`);
    }
    seen.set(k, i);
  });
}

/**
 * Records what an app's CI reports (cost, incidents, deploys) and the
 * outcomes of the scaffolder's checks, each with one audit event in the
 * same transaction. Facts are checked against the clock and the stored
 * incidents first: a refused report writes nothing.
 */
export class KpiFactsRecorder {
  constructor(
    private readonly options: {
      transaction: GovernanceTransaction;
      now: () => Date;
    },
  ) {}

  /** Refuses what cannot have happened yet, or is said twice. */
  private checkReport(report: AppFactsReport, now: Date) {
    const costs = report.costs ?? [];
    const incidents = report.incidents ?? [];
    const deploys = report.deploys ?? [];
    const latest = now.getTime() + CLOCK_SKEW_MS;
    const future = (at: string | undefined) =>
      at !== undefined && Date.parse(at) > latest;
    const thisMonth = monthOf(now);
    costs.forEach((c, i) => {
      if (c.month > thisMonth) {
        throw refuse(
          `costs.${i}.month`,
          `must not be after the current month (${thisMonth})`,
        );
      }
    });
    incidents.forEach((inc, i) => {
      for (const field of ['openedAt', 'restoredAt'] as const) {
        if (future(inc[field])) {
          throw refuse(`incidents.${i}.${field}`, 'must not be in the future');
        }
      }
    });
    deploys.forEach((d, i) => {
      if (future(d.at)) {
        throw refuse(`deploys.${i}.at`, 'must not be in the future');
      }
    });
    refuseRepeats(costs, 'costs', 'month', c => c.month);
    refuseRepeats(incidents, 'incidents', 'id', inc => inc.id);
    refuseRepeats(deploys, 'deploys', 'at', d => new Date(d.at).toISOString());
  }

  async reportFacts(
    report: AppFactsReport,
    { actor }: { actor: string },
  ): Promise<AppFactsReceipt> {
    const { entityRef } = report;
    const at = this.options.now();
    this.checkReport(report, at);
    const costs = report.costs ?? [];
    const incidents = report.incidents ?? [];
    const deploys = report.deploys ?? [];
    const by = { by: actor, at };
    await this.options.transaction(async ({ kpiFacts, auditLog }) => {
      if (!(await kpiFacts.isRegistered(entityRef))) {
        throw new NotFoundError(
          `${entityRef} is not a registered governed app; open its Governance tab or wait for the next sync`,
        );
      }
      // An incident reported again without restoredAt keeps the stored
      // one: it must not then precede the incident's new openedAt.
      const stored = await kpiFacts.restoredAtOf(
        entityRef,
        incidents.filter(i => !i.restoredAt).map(i => i.id),
      );
      incidents.forEach((inc, i) => {
        const restoredAt = stored.get(inc.id);
        if (
          !inc.restoredAt &&
          restoredAt &&
          restoredAt < new Date(inc.openedAt)
        ) {
          throw refuse(
            `incidents.${i}.openedAt`,
            `must not be after the incident's stored restoredAt (${restoredAt.toISOString()})`,
          );
        }
      });
      await kpiFacts.recordCosts(entityRef, costs, by);
      await kpiFacts.recordIncidents(
        entityRef,
        incidents.map(i => ({
          id: i.id,
          openedAt: new Date(i.openedAt),
          restoredAt: i.restoredAt ? new Date(i.restoredAt) : undefined,
          severity: i.severity,
        })),
        by,
      );
      await kpiFacts.recordDeploys(
        entityRef,
        deploys.map(d => ({ ...d, at: new Date(d.at) })),
        by,
      );
      await auditLog.append({
        actor,
        action: 'app.facts-reported',
        entityRef,
        occurredAt: at,
        payload: {
          costs: costs.length,
          incidents: incidents.length,
          deploys: deploys.length,
          months: costs.map(c => c.month),
          incidentIds: incidents.map(i => i.id),
        },
      });
    });
    return {
      entityRef,
      costs: costs.length,
      incidents: incidents.length,
      deploys: deploys.length,
    };
  }

  async recordCheckOutcome(
    report: CheckOutcomeReport & { user: string },
    { actor }: { actor: string },
  ): Promise<CheckOutcomeReceipt> {
    const id = randomUUID();
    const at = this.options.now();
    const securityEvent =
      report.check === 'secret-scan' && report.outcome === 'blocked';
    const subjectRef = report.templateRef ?? report.user;
    const rules = [...new Set(report.rules ?? [])];
    const findings = report.findings ?? 0;
    await this.options.transaction(async ({ kpiFacts, auditLog }) => {
      await kpiFacts.recordCheckOutcome({
        id,
        check: report.check,
        outcome: report.outcome,
        securityEvent,
        templateRef: report.templateRef,
        taskId: report.taskId,
        userRef: report.user,
        subjectRef,
        findings,
        rules,
        recordedBy: actor,
        recordedAt: at,
      });
      await auditLog.append({
        actor,
        action: securityEvent
          ? 'security.secret-scan-blocked'
          : 'check.outcome-recorded',
        entityRef: subjectRef,
        occurredAt: at,
        payload: defined({
          outcomeId: id,
          check: report.check,
          outcome: report.outcome,
          templateRef: report.templateRef,
          taskId: report.taskId,
          user: report.user,
          findings,
          rules,
        }),
      });
    });
    return { id, securityEvent };
  }
}
