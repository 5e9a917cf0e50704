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
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { CiTokenBinding } from '../config';
import { decidePromotion } from '../posture/decidePromotion';
import { PostureService } from '../posture/PostureService';
import {
  authorizeActionAppReader,
  entityRefInput,
  parseActionEntityRef,
} from './actionCallers';
import {
  attestationSchema,
  exceptionSchema,
  policyEvaluationSchema,
  riskSchema,
} from './actionSchemas';

/** get-app-posture and check-promotion. */
export function registerPostureActions(
  actionsRegistry: ActionsRegistryService,
  options: { posture: PostureService; ciTokens: readonly CiTokenBinding[] },
) {
  const { posture, ciTokens } = options;

  actionsRegistry.register({
    name: 'get-app-posture',
    title: 'Get the governance posture of an app',
    description: [
      'The current governance posture of a registered micro app, as its Governance tab shows it: whether its profile',
      'is valid, risk tier and score breakdown, policy findings with remediation, the approval request and who it',
      'waits on, exceptions, attestations and compliance, lifecycle state, retirement date and evidence.',
      'Read with your own catalog permissions; same as GET /api/governance/posture.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({ entityRef: entityRefInput(z) }),
      output: z =>
        z
          .object({
            entityRef: z.string(),
            title: z.string().optional(),
            owner: z.string().optional(),
            governed: z
              .boolean()
              .describe('Whether the app declares a governance profile'),
            validation: z
              .object({
                valid: z.boolean(),
                issues: z.array(z.object({}).passthrough()),
              })
              .passthrough(),
            risk: riskSchema(z).optional(),
            policy: policyEvaluationSchema(z).optional(),
            approval: z.object({}).passthrough().optional(),
            exceptions: z.array(exceptionSchema(z)).optional(),
            attestations: z.array(attestationSchema(z)).optional(),
            compliance: z
              .object({ compliant: z.boolean(), reasons: z.array(z.string()) })
              .passthrough()
              .optional(),
            lifecycle: z.object({}).passthrough().optional(),
            evaluatedAt: z.string(),
          })
          .passthrough(),
    },
    action: async ({ input, credentials }) => {
      const entityRef = parseActionEntityRef(input.entityRef);
      authorizeActionAppReader(credentials, entityRef, ciTokens);
      return {
        output: (await posture.getPosture(entityRef, { credentials })) as any,
      };
    },
  });

  actionsRegistry.register({
    name: 'check-promotion',
    title: 'May this app go to production now?',
    description: [
      'The promotion gate of a registered micro app: allowed is true when the current version may be promoted to',
      'production (approved for its current profile, no blocking finding, no overdue attestation, not quarantined or',
      'retired); otherwise reasons says what to do first. Same as GET /api/governance/promotion-gate.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({ entityRef: entityRefInput(z) }),
      output: z =>
        z.object({
          entityRef: z.string(),
          allowed: z.boolean(),
          reasons: z
            .array(z.string())
            .describe('Why not, when not allowed; empty otherwise'),
        }),
    },
    action: async ({ input, credentials }) => {
      const entityRef = parseActionEntityRef(input.entityRef);
      authorizeActionAppReader(credentials, entityRef, ciTokens);
      const current = await posture.getPosture(entityRef, { credentials });
      return { output: decidePromotion(current) };
    },
  });
}
