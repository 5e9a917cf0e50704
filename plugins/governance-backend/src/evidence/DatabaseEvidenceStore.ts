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
