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
import { z } from 'zod/v4';

/**
 * The owner's quarterly attestation: the questions of the source articles.
 * Any "no" needs an explanation in the notes.
 *
 * @public
 */
export const attestationAnswersSchema = z
  .object({
    stillNeeded: z.boolean().describe('The app is still needed'),
    ownerCorrect: z.boolean().describe('The registered owner is correct'),
    classificationAccurate: z
      .boolean()
      .describe('The data classification is still accurate'),
    secretsInApprovedStore: z
      .boolean()
      .describe('Secrets are only in the approved secrets store'),
    loggingInPlace: z.boolean().describe('Logging and telemetry are in place'),
    retentionRespected: z
      .boolean()
      .describe('The retention period is respected'),
    notes: z.string().trim().max(4000).default(''),
  })
  .strict()
  .refine(
    a =>
      a.notes.length > 0 ||
      [
        a.stillNeeded,
        a.ownerCorrect,
        a.classificationAccurate,
        a.secretsInApprovedStore,
        a.loggingInPlace,
        a.retentionRespected,
      ].every(Boolean),
    { path: ['notes'], message: 'explain every answer that is "no"' },
  );

/** @public */
export type AttestationAnswers = z.output<typeof attestationAnswersSchema>;

/** One attestation task of one app for one campaign period. @public */
export interface Attestation {
  id: string;
  entityRef: string;
  ownerRef: string;
  /** The campaign (cadence period) the task belongs to. */
  campaign: string;
  dueAt: string;
  status: 'open' | 'completed';
  createdAt: string;
  completedAt?: string;
  completedBy?: string;
  answers?: AttestationAnswers;
  /** Open and past its due date: the app is non-compliant. */
  overdue: boolean;
}
