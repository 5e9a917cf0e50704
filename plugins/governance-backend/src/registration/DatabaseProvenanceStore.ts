import { AppProvenance } from '@guardrails/plugin-governance-common';
import { Knex } from 'knex';
import { ProvenanceStore } from './ProvenanceStore';

const TABLE = 'governance_app_provenance';

interface ProvenanceRow {
  entity_ref: string;
  template_ref: string | null;
  task_id: string | null;
  repo_url: string | null;
  sbom: string | null;
  secret_scan: string | null;
  registered_by: string;
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
  registeredAt: new Date(row.registered_at).toISOString(),
});

/** Creation records of apps registered by templates, one per app. */
export class DatabaseProvenanceStore implements ProvenanceStore {
  constructor(private readonly db: Knex) {}

  async upsert(provenance: AppProvenance): Promise<void> {
    const row: ProvenanceRow = {
      entity_ref: provenance.entityRef,
      template_ref: provenance.templateRef ?? null,
      task_id: provenance.taskId ?? null,
      repo_url: provenance.repoUrl ?? null,
      sbom: provenance.sbom ? JSON.stringify(provenance.sbom) : null,
      secret_scan: provenance.secretScan
        ? JSON.stringify(provenance.secretScan)
        : null,
      registered_by: provenance.registeredBy,
      registered_at: new Date(provenance.registeredAt),
    };
    await this.db<ProvenanceRow>(TABLE)
      .insert(row)
      .onConflict('entity_ref')
      .merge();
  }

  async get(entityRef: string): Promise<AppProvenance | undefined> {
    const row = await this.db<ProvenanceRow>(TABLE)
      .where({ entity_ref: entityRef })
      .first();
    return row ? toProvenance(row) : undefined;
  }

  async list(): Promise<AppProvenance[]> {
    const rows = await this.db<ProvenanceRow>(TABLE).orderBy('registered_at');
    return rows.map(toProvenance);
  }
}
