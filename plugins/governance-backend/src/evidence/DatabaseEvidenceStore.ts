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
import { EvidenceStore, StoredEvidence } from './EvidenceStore';

const TABLE = 'governance_evidence';

interface EvidenceRow {
  id: string;
  entity_ref: string;
  approval_id: string;
  created_at: Date | string | number;
  bundle: string;
}

const toSummary = (row: EvidenceRow): EvidenceSummary => ({
  id: row.id,
  entityRef: row.entity_ref,
  approvalId: row.approval_id,
  createdAt: new Date(row.created_at).toISOString(),
});

/** Evidence bundles in the plugin's database, one per approval. */
export class DatabaseEvidenceStore implements EvidenceStore {
  constructor(private readonly db: Knex) {}

  async hasApproval(approvalId: string): Promise<boolean> {
    return !!(await this.db<EvidenceRow>(TABLE)
      .where({ approval_id: approvalId })
      .first());
  }

  async insert(
    entityRef: string,
    approvalId: string,
    bundle: object,
    at: Date,
  ) {
    try {
      await this.db<EvidenceRow>(TABLE).insert({
        id: randomUUID(),
        entity_ref: entityRef,
        approval_id: approvalId,
        created_at: at,
        bundle: JSON.stringify(bundle),
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async listForEntity(entityRef: string): Promise<EvidenceSummary[]> {
    const rows = await this.db<EvidenceRow>(TABLE)
      .where({ entity_ref: entityRef })
      .orderBy('created_at', 'desc');
    return rows.map(toSummary);
  }

  async get(id: string): Promise<StoredEvidence | undefined> {
    const row = await this.db<EvidenceRow>(TABLE).where({ id }).first();
    return row
      ? { ...toSummary(row), bundle: JSON.parse(row.bundle) }
      : undefined;
  }
}
