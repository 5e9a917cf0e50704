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
import { entityRefField, entityRefFieldOf } from '../http/entityRefField';

/** Facts in one report, all kinds together. */
export const MAX_FACTS = 500;

const dateTime = z.iso.datetime({
  offset: true,
  error: 'must be a date-time like 2026-12-01T09:30:00Z',
});
/** A short identifier: no spaces, quotes or control characters. */
const label = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._:#/+@-]*$/,
      'must be letters, digits and . _ : # / + @ - only',
    );

/**
 * Whether an identifier carries what looks like a secret rather than a
 * name: a word (between punctuation) longer than 24 characters, or of 12
 * or more mixing letters and digits, as access keys and tokens do. Rule
 * ids, template and entity names are short words.
 */
export function looksLikeSecret(value: string): boolean {
  return value
    .split(/[^A-Za-z0-9]+/)
    .some(
      w =>
        w.length > 24 ||
        (w.length >= 12 && /[A-Za-z]/.test(w) && /[0-9]/.test(w)),
    );
}

const NOT_A_SECRET = {
  message:
    'looks like a secret or token, not an id; report rule ids and names only',
};
/** An identifier a check outcome stores: never anything like a secret. */
const notSecret = <T extends z.ZodType<string, any>>(field: T) =>
  field.refine(v => !looksLikeSecret(v), NOT_A_SECRET);

/** POST /apps/facts. */
export const factsBody = z
  .object({
    entityRef: entityRefField,
    costs: z
      .array(
        z.object({
          month: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-11'),
          amount: z
            .number()
            .min(0, 'must not be negative')
            .max(1e12, 'must be below 10^12'),
          currency: z
            .string()
            .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like USD')
            .optional(),
        }),
      )
      .max(MAX_FACTS)
      .optional(),
    incidents: z
      .array(
        z
          .object({
            id: label(200),
            openedAt: dateTime,
            restoredAt: dateTime.optional(),
            severity: label(50).optional(),
          })
          .refine(
            i =>
              i.restoredAt === undefined ||
              Date.parse(i.restoredAt) >= Date.parse(i.openedAt),
            { message: 'must not be before openedAt', path: ['restoredAt'] },
          ),
      )
      .max(MAX_FACTS)
      .optional(),
    deploys: z
      .array(
        z.object({
          at: dateTime,
          version: label(200).optional(),
          environment: label(100).optional(),
        }),
      )
      .max(MAX_FACTS)
      .optional(),
  })
  .refine(
    b =>
      (b.costs?.length ?? 0) +
        (b.incidents?.length ?? 0) +
        (b.deploys?.length ?? 0) >
      0,
    { message: 'must report at least one cost, incident or deploy' },
  )
  .refine(
    b =>
      (b.costs?.length ?? 0) +
        (b.incidents?.length ?? 0) +
        (b.deploys?.length ?? 0) <=
      MAX_FACTS,
    { message: `must report at most ${MAX_FACTS} facts in all` },
  );

/**
 * POST /checks/outcomes: rule ids and counts, never a secret value. Strict:
 * a field it does not know (an app's ref, say) is refused, not dropped.
 */
export const checkOutcomeBody = z.strictObject({
  check: z.enum(['secret-scan', 'policy', 'sbom', 'risk']),
  outcome: z.enum(['passed', 'warned', 'blocked']),
  templateRef: notSecret(entityRefFieldOf({ defaultKind: 'template' }))
    .refine(ref => ref.startsWith('template:'), {
      message: 'must be a template, like template:default/dashboard',
    })
    .optional(),
  // The scaffolder's task ids are UUIDs.
  taskId: z
    .uuid({ error: 'must be the scaffolder task id (a UUID)' })
    .optional(),
  user: notSecret(entityRefFieldOf({ defaultKind: 'user' }))
    .refine(ref => ref.startsWith('user:'), {
      message: 'must be a user, like user:default/ada',
    })
    .optional(),
  findings: z.number().int().min(0).max(100_000).optional(),
  rules: z
    .array(
      notSecret(
        z
          .string()
          .max(200)
          .regex(
            /^[A-Za-z0-9@/._:>+-]+( > [A-Za-z0-9@/._:+-]+)*$/,
            'must be a rule id such as @secretlint/secretlint-rule-aws',
          ),
      ),
    )
    .max(100)
    .optional(),
});
