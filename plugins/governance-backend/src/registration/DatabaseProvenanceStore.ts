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
import { AppProvenance } from '@guardrails/plugin-governance-common';
import { Knex } from 'knex';
import { ProvenanceStore } from './ProvenanceStore';

const TABLE = 'governance_app_provenance';

interface ProvenanceRow {
  id?: number;
  entity_ref: string;
  template_ref: string | null;
  task_id: string | null;
  repo_url: string | null;
  sbom: string | null;
  secret_scan: string | null;
  registered_by: string;
  acting_service: string | null;
  registered_at: Date | string | number;
}

const parseJson = (value: string | null) =>
  value ? JSON.parse(value) : undefined;

const toProvenance = (row: ProvenanceRow): AppProvenance => ({
  entityRef: row.entity_ref,
  templateRef: row.template_ref ?? undefined,
  taskId: row.task_id ?? undefined,
  repoUrl: row.repo_url ?? undefined,
  sbom: parseJson(row.sbom),
  secretScan: parseJson(row.secret_scan),
  registeredBy: row.registered_by,
  ...(row.acting_service ? { actingService: row.acting_service } : {}),
  registeredAt: new Date(row.registered_at).toISOString(),
});

/** Provenance history in the plugin's database: insert only. */
export class DatabaseProvenanceStore implements ProvenanceStore {
  constructor(private readonly db: Knex) {}

  async append(provenance: AppProvenance): Promise<void> {
    await this.db<ProvenanceRow>(TABLE).insert({
      entity_ref: provenance.entityRef,
      template_ref: provenance.templateRef ?? null,
      task_id: provenance.taskId ?? null,
      repo_url: provenance.repoUrl ?? null,
      sbom: provenance.sbom ? JSON.stringify(provenance.sbom) : null,
      secret_scan: provenance.secretScan
        ? JSON.stringify(provenance.secretScan)
        : null,
      registered_by: provenance.registeredBy,
      acting_service: provenance.actingService ?? null,
      registered_at: new Date(provenance.registeredAt),
    });
  }

  async get(entityRef: string): Promise<AppProvenance | undefined> {
    const row = await this.db<ProvenanceRow>(TABLE)
      .where({ entity_ref: entityRef })
      .orderBy('id', 'desc')
      .first();
    return row ? toProvenance(row) : undefined;
  }

  async history(entityRef: string): Promise<AppProvenance[]> {
    const rows = await this.db<ProvenanceRow>(TABLE)
      .where({ entity_ref: entityRef })
      .orderBy('id');
    return rows.map(toProvenance);
  }

  async list(): Promise<AppProvenance[]> {
    const latest = this.db(TABLE).max('id as id').groupBy('entity_ref');
    const rows = await this.db<ProvenanceRow>(TABLE)
      .whereIn('id', latest)
      .orderBy('registered_at');
    return rows.map(toProvenance);
  }
}
