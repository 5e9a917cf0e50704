import {
  Attestation,
  AttestationAnswers,
} from '@guardrails/plugin-governance-common';

/** An attestation as stored, with its reminder bookkeeping. */
export interface StoredAttestation extends Attestation {
  remindedAt?: string;
  escalatedAt?: string;
}

/** Persistence of attestation tasks. */
export interface AttestationStore {
  /** Creates the task unless the app has one for the campaign; true when created. */
  createIfAbsent(task: {
    entityRef: string;
    ownerRef: string;
    campaign: string;
    dueAt: Date;
    createdAt: Date;
  }): Promise<boolean>;
  get(id: string, now: Date): Promise<StoredAttestation | undefined>;
  listForEntity(entityRef: string, now: Date): Promise<StoredAttestation[]>;
  listOpen(now: Date): Promise<StoredAttestation[]>;
  /** Completes an open task; false when it was completed already. */
  complete(
    id: string,
    by: string,
    at: Date,
    answers: AttestationAnswers,
  ): Promise<boolean>;
  markReminded(id: string, at: Date): Promise<void>;
  markEscalated(id: string, at: Date): Promise<void>;
}
