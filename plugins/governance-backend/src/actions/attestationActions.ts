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
  AuditorService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { attestationAnswersSchema } from '@guardrails/plugin-governance-common';
import { z as zod4 } from 'zod/v4';
import { AttestationService } from '../attestations/AttestationService';
import { authorizeAttestationSubmit } from '../attestations/authorizeAttestationSubmit';
import { actorOf } from '../http/actorOf';
import { requireUser } from '../http/requireUser';
import { auditedChange, parseActionInput } from './actionChanges';
import { attestationSchema } from './actionSchemas';

// The body of POST /attestations/:id.
const submitBody = zod4.object({ answers: attestationAnswersSchema });

const yes = (description: string) =>
  `${description}; true or false (explain every false in notes)`;

/** list-my-attestations and submit-attestation. */
export function registerAttestationActions(
  actionsRegistry: ActionsRegistryService,
  options: {
    auditor: AuditorService;
    permissions: PermissionsService;
    attestations: AttestationService;
  },
) {
  const { auditor, permissions, attestations } = options;

  actionsRegistry.register({
    name: 'list-my-attestations',
    title: 'List my open attestations',
    description: [
      'The open attestation tasks of the apps the signed-in user owns: every period (by tier) an owner confirms the',
      'app is still needed, the owner and data classification are right and its controls are in place. An overdue',
      'task makes the app non-compliant and blocks promotion. Pass a task id to submit-attestation.',
      'Same as GET /api/governance/attestations/mine.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({}),
      output: z => z.object({ items: z.array(attestationSchema(z)) }),
    },
    action: async ({ credentials }) => {
      requireUser(credentials);
      const items = await attestations.listOpenFor(credentials);
      return { output: { items: items as any[] } };
    },
  });

  actionsRegistry.register({
    name: 'submit-attestation',
    title: 'Submit an attestation for an app you own',
    description: [
      "Records the signed-in owner's answers to an open attestation task (ids from list-my-attestations). Ask the",
      'owner for each answer; never assume them. Answering stillNeeded false sends the app towards retirement.',
      'Completes the task and records it in the audit log. Same as POST /api/governance/attestations/{id}.',
    ].join(' '),
    attributes: { readOnly: false, idempotent: false, destructive: false },
    schema: {
      input: z =>
        z.object({
          id: z.string().min(1).describe('The attestation task id'),
          answers: z.object({
            stillNeeded: z.boolean().describe(yes('The app is still needed')),
            ownerCorrect: z
              .boolean()
              .describe(yes('The registered owner is correct')),
            classificationAccurate: z
              .boolean()
              .describe(yes('The data classification is still accurate')),
            secretsInApprovedStore: z
              .boolean()
              .describe(yes('Secrets are only in the approved secrets store')),
            loggingInPlace: z
              .boolean()
              .describe(yes('Logging and telemetry are in place')),
            retentionRespected: z
              .boolean()
              .describe(yes('The retention period is respected')),
            notes: z
              .string()
              .max(4000)
              .optional()
              .describe('Required when any answer is false: explain it'),
          }),
        }),
      output: attestationSchema,
    },
    action: async ({ input, credentials }) => {
      requireUser(credentials);
      const body = parseActionInput(submitBody, { answers: input.answers });
      await authorizeAttestationSubmit(
        { permissions, attestations },
        credentials,
        input.id,
      );
      const completed = await auditedChange(
        auditor,
        'submit-attestation',
        credentials,
        () =>
          attestations.submit(input.id, body.answers, {
            actor: actorOf(credentials),
          }),
      );
      return { output: completed as any };
    },
  });
}
