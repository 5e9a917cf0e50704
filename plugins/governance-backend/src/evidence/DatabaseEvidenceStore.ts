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
import { EvidenceSummary } from '@guardrails/plugin-governance-common';
import { Knex } from 'knex';
import { isUniqueViolation } from '../database/isUniqueViolation';
import {
  EvidenceStore,
  EvidenceVersion,
  NewEvidence,
  StoredEvidence,
} from './EvidenceStore';

const TABLE = 'governance_evidence';

interface EvidenceRow {
  id: string;
  entity_ref: string;
  approval_id: string;
  version: number;
  provenance_records: number;
  created_at: Date | string | number;
  bundle: string;
}

const toSummary = (
  row: Omit<EvidenceRow, 'bundle' | 'provenance_records'>,
): EvidenceSummary => ({
  id: row.id,
  entityRef: row.entity_ref,
  approvalId: row.approval_id,
  version: row.version,
  createdAt: new Date(row.created_at).toISOString(),
});

/** Evidence bundles in the plugin's database, versions of each approval's. */
export class DatabaseEvidenceStore implements EvidenceStore {
  constructor(private readonly db: Knex) {}

  async newestVersion(
    approvalId: string,
  ): Promise<EvidenceVersion | undefined> {
    const row = await this.db<EvidenceRow>(TABLE)
      .where({ approval_id: approvalId })
      .orderBy('version', 'desc')
      .first('id', 'version', 'provenance_records');
    return row
      ? {
          id: row.id,
          version: row.version,
          provenanceRecords: row.provenance_records,
        }
      : undefined;
  }

  async insert(evidence: NewEvidence) {
    try {
      // In a savepoint of its own: a refused insert leaves an enclosing
      // PostgreSQL transaction usable.
      await this.db.transaction(tx =>
        tx<EvidenceRow>(TABLE).insert({
          id: randomUUID(),
          entity_ref: evidence.entityRef,
          approval_id: evidence.approvalId,
          version: evidence.version,
          provenance_records: evidence.provenanceRecords,
          created_at: evidence.createdAt,
          bundle: JSON.stringify(evidence.bundle),
        }),
      );
      return true;
    } catch (error) {
      // Another instance signed this version first.
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async listForEntity(entityRef: string): Promise<EvidenceSummary[]> {
    const rows = await this.db<EvidenceRow>(TABLE)
      .where({ entity_ref: entityRef })
      .select('id', 'entity_ref', 'approval_id', 'version', 'created_at')
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'version', order: 'desc' },
      ]);
    return rows.map(toSummary);
  }

  async get(id: string): Promise<StoredEvidence | undefined> {
    const row = await this.db<EvidenceRow>(TABLE).where({ id }).first();
    return row
      ? { ...toSummary(row), bundle: JSON.parse(row.bundle) }
      : undefined;
  }
}
