/** A signed evidence bundle, as listed. @public */
export interface EvidenceSummary {
  id: string;
  entityRef: string;
  approvalId: string;
  createdAt: string;
}

/** The result of verifying an evidence bundle's signature. @public */
export interface EvidenceVerification {
  id: string;
  valid: boolean;
  keyId?: string;
  reason?: string;
}
