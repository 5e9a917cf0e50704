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
import { Knex } from 'knex';
import {
  CheckOutcomeRow,
  CostFact,
  DeployFact,
  IncidentFact,
  KpiFactsStore,
  Reporter,
} from './KpiFactsStore';

/** Rows per statement: well under SQLite's limit of bound variables. */
const CHUNK = 100;

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    result.push(items.slice(i, i + CHUNK));
  }
  return result;
}

/** The KPIs' facts in the plugin's database. */
export class DatabaseKpiFactsStore implements KpiFactsStore {
  constructor(private readonly db: Knex) {}

  async isRegistered(entityRef: string): Promise<boolean> {
    const row = await this.db('governance_apps')
      .where('entity_ref', entityRef)
      .first('entity_ref');
    return row !== undefined;
  }

  async restoredAtOf(entityRef: string, ids: string[]) {
    const restored = new Map<string, Date>();
    for (const chunk of chunks(ids)) {
      const rows = await this.db('governance_app_incidents')
        .where('entity_ref', entityRef)
        .whereIn('incident_id', chunk)
        .whereNotNull('restored_at')
        .select('incident_id', 'restored_at');
      for (const r of rows) {
        restored.set(r.incident_id, new Date(r.restored_at));
      }
    }
    return restored;
  }

  async recordCosts(entityRef: string, costs: CostFact[], by: Reporter) {
    for (const chunk of chunks(costs)) {
      await this.db('governance_app_costs')
        .insert(
          chunk.map(c => ({
            entity_ref: entityRef,
            month: c.month,
            amount: c.amount,
            currency: c.currency ?? null,
            reported_by: by.by,
            reported_at: by.at,
          })),
        )
        .onConflict(['entity_ref', 'month'])
        .merge(['amount', 'currency', 'reported_by', 'reported_at']);
    }
  }

  async recordIncidents(
    entityRef: string,
    incidents: IncidentFact[],
    by: Reporter,
  ) {
    const row = (i: IncidentFact) => ({
      entity_ref: entityRef,
      incident_id: i.id,
      opened_at: i.openedAt,
      restored_at: i.restoredAt ?? null,
      severity: i.severity ?? null,
      reported_by: by.by,
      reported_at: by.at,
    });
    const common = ['opened_at', 'reported_by', 'reported_at'];
    // A report without restoredAt (or severity) leaves the stored one.
    for (const [restored, severity] of [
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ]) {
      const group = incidents.filter(
        i =>
          (i.restoredAt !== undefined) === restored &&
          (i.severity !== undefined) === severity,
      );
      const merge = [
        ...common,
        ...(restored ? ['restored_at'] : []),
        ...(severity ? ['severity'] : []),
      ];
      for (const chunk of chunks(group)) {
        await this.db('governance_app_incidents')
          .insert(chunk.map(row))
          .onConflict(['entity_ref', 'incident_id'])
          .merge(merge);
      }
    }
  }

  async recordDeploys(entityRef: string, deploys: DeployFact[], by: Reporter) {
    for (const chunk of chunks(deploys)) {
      await this.db('governance_app_deploys')
        .insert(
          chunk.map(d => ({
            entity_ref: entityRef,
            deployed_at: d.at,
            version: d.version ?? null,
            environment: d.environment ?? null,
            reported_by: by.by,
            reported_at: by.at,
          })),
        )
        .onConflict(['entity_ref', 'deployed_at'])
        .merge(['version', 'environment', 'reported_by', 'reported_at']);
    }
  }

  async recordCheckOutcome(row: CheckOutcomeRow) {
    await this.db('governance_check_outcomes').insert({
      id: row.id,
      check_name: row.check,
      outcome: row.outcome,
      security_event: row.securityEvent,
      template_ref: row.templateRef ?? null,
      task_id: row.taskId ?? null,
      user_ref: row.userRef,
      subject_ref: row.subjectRef,
      findings: row.findings,
      rules: JSON.stringify(row.rules),
      recorded_by: row.recordedBy,
      recorded_at: row.recordedAt,
    });
  }
}
