import { EvidenceSummary } from '@guardrails/plugin-governance-common';

/** An evidence bundle with its signed Sigstore bundle. */
export type StoredEvidence = EvidenceSummary & { bundle: unknown };

/** Evidence bundles, one per approval. */
export interface EvidenceStore {
  hasApproval(approvalId: string): Promise<boolean>;
  /** Stores the bundle; false when the approval has one already. */
  insert(
    entityRef: string,
    approvalId: string,
    bundle: object,
    at: Date,
  ): Promise<boolean>;
  listForEntity(entityRef: string): Promise<EvidenceSummary[]>;
  get(id: string): Promise<StoredEvidence | undefined>;
}
