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
  /** Marks an escalation; false when it was marked already. */
  markEscalated(id: string, at: Date): Promise<boolean>;
}
