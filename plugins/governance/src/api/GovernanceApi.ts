import { Entity } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
import {
  Attestation,
  AttestationAnswers,
  EvidenceVerification,
  GovernancePosture,
  GovernanceProfileInput,
  PolicyEvaluation,
  ProfileIssue,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';

/**
 * An entity the catalog would not ingest because its governance profile is
 * invalid.
 *
 * @public
 */
export interface ProfileProblem {
  entityRef: string;
  owner?: string;
  /** Where the entity was read from, e.g. a catalog-info.yaml URL. */
  location?: string;
  issues: ProfileIssue[];
}

/**
 * Client of the Guardrails governance backend.
 *
 * @public
 */
export interface GovernanceApi {
  /** The risk posture of one catalog entity. */
  getPosture(entityRef: string): Promise<GovernancePosture>;
  /** Risk and policy findings of a profile that is not in the catalog yet. */
  evaluateProfile(
    profile: GovernanceProfileInput,
    /** The app to be, for rules about its owner, name or lifecycle. */
    entity?: Entity,
  ): Promise<{ risk: RiskAssessment; policy: PolicyEvaluation }>;
  /** Submits the owner's answers to an open attestation. */
  submitAttestation(
    id: string,
    answers: AttestationAnswers,
  ): Promise<Attestation>;
  /** Open attestations of the apps the signed-in user owns. */
  getMyAttestations(): Promise<Attestation[]>;
  /** Checks the signature of an evidence bundle. */
  verifyEvidence(id: string): Promise<EvidenceVerification>;
  /** The signed evidence bundle (Sigstore bundle JSON). */
  downloadEvidence(id: string): Promise<Blob>;
  /** Entities whose catalog processing failed on their governance profile. */
  getProfileProblems(): Promise<ProfileProblem[]>;
}

/** @public */
export const governanceApiRef = createApiRef<GovernanceApi>({
  id: 'plugin.governance.service',
});
