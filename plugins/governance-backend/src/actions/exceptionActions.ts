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
import { actorOf } from '../http/actorOf';
import { authorizeExceptionRequest } from '../exceptions/authorizeExceptionRequest';
import { exceptionRequestBody } from '../exceptions/exceptionRequestBody';
import { ExceptionService } from '../exceptions/ExceptionService';
import { entityRefInput, parseActionEntityRef } from './actionCallers';
import { auditedChange, parseActionInput } from './actionChanges';
import { exceptionSchema } from './actionSchemas';

/** request-policy-exception. */
export function registerExceptionActions(
  actionsRegistry: ActionsRegistryService,
  options: {
    auditor: AuditorService;
    permissions: PermissionsService;
    exceptions: ExceptionService;
    maxExceptionDays: number;
  },
) {
  const { auditor, permissions, exceptions, maxExceptionDays } = options;

  actionsRegistry.register({
    name: 'request-policy-exception',
    title: 'Request a policy exception for an app you own',
    description: [
      'Asks for a time-boxed exception (waiver) of one policy rule on one app, on behalf of the signed-in user, who',
      'must own the app. Use it only when the remediation cannot be done yet: a governance admin or security reviewer',
      'decides; while granted, the finding is waived but still shown. Creates a request with status "requested" and',
      `records it in the audit log. Same as POST /api/governance/exceptions; at most ${maxExceptionDays} days.`,
    ].join(' '),
    attributes: { readOnly: false, idempotent: false, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: entityRefInput(z),
          packId: z
            .string()
            .min(1)
            .describe("The finding's packId, e.g. guardrails-default"),
          ruleId: z
            .string()
            .min(1)
            .describe("The finding's ruleId, e.g. sensitive-no-admin-iam"),
          justification: z
            .string()
            .min(20)
            .describe(
              'Why the rule cannot be met yet, in at least 20 characters',
            ),
          compensatingControls: z
            .string()
            .min(1)
            .describe('What reduces the risk meanwhile'),
          requestedDays: z
            .number()
            .int()
            .min(1)
            .max(maxExceptionDays)
            .describe('Days the exception should last once granted'),
        }),
      output: exceptionSchema,
    },
    action: async ({ input, credentials }) => {
      const body = parseActionInput(exceptionRequestBody(maxExceptionDays), {
        ...input,
        entityRef: parseActionEntityRef(input.entityRef),
      });
      await authorizeExceptionRequest(permissions, credentials, body.entityRef);
      const created = await auditedChange(
        auditor,
        'request-policy-exception',
        credentials,
        () =>
          exceptions.request(body, {
            credentials,
            actor: actorOf(credentials),
          }),
      );
      return { output: created as any };
    },
  });
}
