import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Attestation,
  AttestationAnswers,
} from '@guardrails/plugin-governance-common';

/** Owner attestations: campaigns, answers, reminders and escalation. */
export interface AttestationService {
  /** Opens this period's task for every app due one; returns how many. */
  runCampaigns(): Promise<number>;
  /** Reminds owners before the due date and escalates overdue tasks. */
  remindAndEscalate(): Promise<{ reminded: number; escalated: number }>;
  get(id: string): Promise<Attestation | undefined>;
  submit(
    id: string,
    answers: AttestationAnswers,
    options: { actor: string },
  ): Promise<Attestation>;
  listForEntity(entityRef: string): Promise<Attestation[]>;
  /** Open tasks of the apps the signed-in user owns. */
  listOpenFor(credentials: BackstageCredentials): Promise<Attestation[]>;
}
