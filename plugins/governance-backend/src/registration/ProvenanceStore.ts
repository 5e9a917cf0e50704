import { AppProvenance } from '@guardrails/plugin-governance-common';

/** How apps registered by templates were created, one record per app. */
export interface ProvenanceStore {
  /** Records how the app was created, replacing an earlier record. */
  upsert(provenance: AppProvenance): Promise<void>;
  get(entityRef: string): Promise<AppProvenance | undefined>;
  list(): Promise<AppProvenance[]>;
}
