import {
  ApprovalRequest,
  EvidenceSummary,
  EvidenceVerification,
  GovernanceProfile,
  PolicyEvaluation,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';
import { StoredEvidence } from './EvidenceStore';

/** What an approval's evidence holds. */
export interface EvidenceInput {
  entityRef: string;
  profileHash: string;
  approval: ApprovalRequest;
  profile: GovernanceProfile;
  risk: RiskAssessment;
  policy: PolicyEvaluation;
}

/** Signed evidence of approvals: creation, listing, download, verification. */
export interface EvidenceService {
  /** Signs and stores the evidence of an approved request, once. */
  ensureForApproval(input: EvidenceInput): Promise<void>;
  listForEntity(entityRef: string): Promise<EvidenceSummary[]>;
  /** One bundle; NotFoundError when there is none. */
  download(id: string): Promise<StoredEvidence>;
  verify(id: string): Promise<EvidenceVerification>;
}
