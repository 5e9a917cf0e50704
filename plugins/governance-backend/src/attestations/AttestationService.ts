/*
 * Copyright 2026 The Guardrails Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
