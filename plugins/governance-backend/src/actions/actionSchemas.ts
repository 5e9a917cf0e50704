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
import { z as zod } from 'zod/v3';

/**
 * Output schemas shared by the Guardrails actions, in the zod the actions
 * registry hands over, with the field names of src/schema/openapi.yaml.
 * Objects pass unknown fields through: the registry parses the output with
 * these schemas and would otherwise drop what they do not name.
 */
type Zod = typeof zod;

/** A policy finding (openapi PolicyFinding). */
export const findingSchema = (z: Zod) =>
  z
    .object({
      packId: z.string(),
      packVersion: z.string(),
      ruleId: z.string().describe('Pass with packId to explain-policy-rule'),
      title: z.string(),
      severity: z.string(),
      stage: z.enum(['audit', 'warn', 'deny']),
      outcome: z.enum(['violation', 'error']),
      message: z.string().describe('What is wrong, naming the values found'),
      remediation: z.string().describe('How to fix it'),
      waived: z.boolean().describe('An active exception waives it'),
      blocking: z
        .boolean()
        .describe('Deny stage and not waived: the app cannot be approved'),
    })
    .passthrough();

/** A policy evaluation (openapi PolicyEvaluation). */
export const policyEvaluationSchema = (z: Zod) =>
  z
    .object({
      allowed: z.boolean().describe('False when any finding is blocking'),
      findings: z.array(findingSchema(z)),
      passedRules: z.number(),
      packs: z.array(z.object({ id: z.string(), version: z.string() })),
    })
    .passthrough();

/** A risk assessment (openapi RiskAssessment). */
export const riskSchema = (z: Zod) =>
  z
    .object({
      score: z.number().describe('0-10'),
      level: z.string().describe('low (0-3), medium (4-7) or high (8-10)'),
      tier: z
        .number()
        .describe(
          'Approval tier: 0 self-service, 1 team lead, 2 security + privacy + platform, 3 executive/legal',
        ),
      tierName: z.string(),
      tierReasons: z.array(z.string()),
      reviewers: z.array(z.string()),
      attestationCadenceDays: z.number(),
      dimensions: z
        .array(
          z
            .object({
              dimension: z.string(),
              label: z.string(),
              points: z.number(),
              maxPoints: z.number(),
              contributions: z.array(
                z
                  .object({
                    field: z.string(),
                    value: z.string(),
                    points: z.number(),
                    reason: z.string(),
                  })
                  .passthrough(),
              ),
            })
            .passthrough(),
        )
        .describe('The score breakdown: which profile field added how much'),
      requiredControls: z.array(z.object({}).passthrough()),
    })
    .passthrough();

/** An exception (openapi PolicyException). */
export const exceptionSchema = (z: Zod) =>
  z
    .object({
      id: z.string(),
      entityRef: z.string(),
      packId: z.string(),
      ruleId: z.string(),
      status: z.enum(['requested', 'granted', 'denied']),
      requestedBy: z.string(),
      requestedAt: z.string(),
      requestedDays: z.number(),
      active: z.boolean(),
      expiresAt: z.string().optional(),
    })
    .passthrough();

/** An attestation task (openapi Attestation). */
export const attestationSchema = (z: Zod) =>
  z
    .object({
      id: z.string().describe('Pass to submit-attestation'),
      entityRef: z.string(),
      ownerRef: z.string(),
      campaign: z.string(),
      dueAt: z.string(),
      status: z.enum(['open', 'completed']),
      overdue: z
        .boolean()
        .describe('Past due: the app is non-compliant until attested'),
      completedAt: z.string().optional(),
      completedBy: z.string().optional(),
    })
    .passthrough();
