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
  DATA_CLASSIFICATIONS,
  ENFORCEMENT_STAGES,
  POLICY_SEVERITIES,
} from '@guardrails/plugin-governance-common';
import { z } from 'zod/v4';

const text = z.string().trim().min(1, 'must not be empty');
const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'must be lowercase words joined by dashes',
  );

/**
 * One rule of a policy pack. `violation` is a CEL expression over `profile`,
 * `entity`, `risk` and `org` that is **true when the app violates the rule**.
 *
 * @public
 */
export const policyRuleSchema = z
  .object({
    id: slug,
    title: text,
    description: z.string().default(''),
    severity: z.enum(POLICY_SEVERITIES),
    stage: z.enum(ENFORCEMENT_STAGES),
    appliesTo: z
      .object({
        tiers: z.array(z.number().int().min(0).max(3)).optional(),
        kinds: z.array(text).optional(),
        classifications: z.array(z.enum(DATA_CLASSIFICATIONS)).optional(),
        lifecycles: z.array(text).optional(),
      })
      .strict()
      .optional(),
    violation: text,
    message: text,
    /** Optional CEL expression producing the message from profile fields. */
    messageExpression: text.optional(),
    remediation: text,
  })
  .strict();

/** A policy pack file. @public */
export const policyPackSchema = z
  .object({
    apiVersion: z.literal('guardrails.dev/v1'),
    kind: z.literal('PolicyPack'),
    id: slug,
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version like 1.0.0'),
    description: z.string().default(''),
    rules: z.array(policyRuleSchema).min(1, 'must hold at least one rule'),
  })
  .strict();

/** @public */
export type PolicyRule = z.output<typeof policyRuleSchema>;
/** @public */
export type PolicyPack = z.output<typeof policyPackSchema>;
