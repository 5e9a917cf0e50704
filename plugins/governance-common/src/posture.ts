import { GovernanceProfile } from './profile/governanceProfileSchema';
import { ProfileIssue } from './profile/validateGovernanceProfile';
import { RiskAssessment } from './risk/assessRisk';
import { PolicyEvaluation } from './policy';
import { PolicyException } from './exceptions';
import { ApprovalRequest } from './approvals';
import { Attestation } from './attestations';
import { EvidenceSummary } from './evidence';
import { LifecycleState } from './lifecycle';

/** The risk posture of one catalog entity, as the governance API returns it. @public */
export interface GovernancePosture {
  entityRef: string;
  title?: string;
  /** The entity's `spec.owner`, the accountable owner of the app. */
  owner?: string;
  /** Whether the entity declares a governance profile at all. */
  governed: boolean;
  validation: { valid: boolean; issues: ProfileIssue[] };
  profile?: GovernanceProfile;
  risk?: RiskAssessment;
  /** Findings of the configured policy packs. */
  policy?: PolicyEvaluation;
  /** The latest approval request of the app. */
  approval?: ApprovalRequest;
  /** Attestation tasks of the app, newest first. */
  attestations?: Attestation[];
  /** Non-compliant while an attestation is overdue. */
  compliance?: { compliant: boolean; reasons: string[] };
  /** Signed evidence bundles, one per approval, newest first. */
  evidence?: EvidenceSummary[];
  /** Exceptions requested or granted for this app, newest first. */
  exceptions?: PolicyException[];
  retirement?: { date: string; daysLeft: number };
  lifecycle?: {
    state: LifecycleState;
    registeredAt: string;
    /** Why the app is in this state, when a person or a rule moved it. */
    reason?: string;
    lastActivityAt?: string;
  };
  evaluatedAt: string;
}
