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
import { SbomRecord, SbomStore } from './SbomStore';

const TABLE = 'governance_app_sboms';
// Well under every database's limit on bound parameters.
const CHUNK = 500;

interface SbomRow {
  id?: number;
  entity_ref: string;
  sbom_sha256: string;
  spec_version: string;
  component_count: number;
  mapping_version: string;
  facts: string;
  submitted_by: string;
  acting_service: string | null;
  submitted_at: Date | string | number;
}

const toRecord = (row: SbomRow): SbomRecord => {
  const facts = JSON.parse(row.facts);
  return {
    entityRef: row.entity_ref,
    sbomSha256: row.sbom_sha256,
    specVersion: row.spec_version,
    componentCount: Number(row.component_count),
    mappingVersion: row.mapping_version,
    integrations: facts.integrations ?? [],
    omitted: facts.omitted ?? 0,
    submittedBy: row.submitted_by,
    ...(row.acting_service ? { actingService: row.acting_service } : {}),
    ...(facts.bomTimestamp ? { bomTimestamp: facts.bomTimestamp } : {}),
    submittedAt: new Date(row.submitted_at).toISOString(),
  };
};

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    result.push(items.slice(i, i + CHUNK));
  }
  return result;
}

/** SBOM history in the plugin's database: insert only. */
export class DatabaseSbomStore implements SbomStore {
  constructor(private readonly db: Knex) {}

  async append(record: SbomRecord): Promise<void> {
    await this.db<SbomRow>(TABLE).insert({
      entity_ref: record.entityRef,
      sbom_sha256: record.sbomSha256,
      spec_version: record.specVersion,
      component_count: record.componentCount,
      mapping_version: record.mappingVersion,
      facts: JSON.stringify({
        integrations: record.integrations,
        omitted: record.omitted,
        ...(record.bomTimestamp ? { bomTimestamp: record.bomTimestamp } : {}),
      }),
      submitted_by: record.submittedBy,
      acting_service: record.actingService ?? null,
      submitted_at: new Date(record.submittedAt),
    });
  }

  async latest(entityRefs: string[]): Promise<Map<string, SbomRecord>> {
    const result = new Map<string, SbomRecord>();
    for (const refs of chunks([...new Set(entityRefs)])) {
      const rows = await this.latestRows(refs, ['*']);
      for (const row of rows) result.set(row.entity_ref, toRecord(row));
    }
    return result;
  }

  async latestDigests(entityRefs: string[]): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    for (const refs of chunks([...new Set(entityRefs)])) {
      const rows = await this.latestRows(refs, ['entity_ref', 'sbom_sha256']);
      for (const row of rows) result.set(row.entity_ref, row.sbom_sha256);
    }
    return result;
  }

  private latestRows(refs: string[], columns: string[]): Promise<SbomRow[]> {
    if (refs.length === 0) return Promise.resolve([]);
    const latestIds = this.db(TABLE)
      .max('id')
      .whereIn('entity_ref', refs)
      .groupBy('entity_ref');
    return this.db<SbomRow>(TABLE)
      .select(columns)
      .whereIn('id', latestIds) as unknown as Promise<SbomRow[]>;
  }
}
