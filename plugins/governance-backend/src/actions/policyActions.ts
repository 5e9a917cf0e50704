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
import {
  ACCESS_SCOPES,
  DATA_CLASSIFICATIONS,
  EXECUTION_ENVIRONMENTS,
  OPERATIONAL_CRITICALITIES,
} from '@guardrails/plugin-governance-common';
import { PolicyService } from '../policy/PolicyService';
import { policyEvaluationSchema, riskSchema } from './actionSchemas';

const PROFILE_HELP = [
  'The governance profile as it will be written under spec.governance of catalog-info.yaml.',
  `Required: supportContact, businessUnit, purpose (a sentence), dataClassification (${DATA_CLASSIFICATIONS.join(
    ' | ',
  )}),`,
  `accessScope (${ACCESS_SCOPES.join(
    ' | ',
  )}), executionEnvironment (${EXECUTION_ENVIRONMENTS.join(' | ')}),`,
  `operationalCriticality (${OPERATIONAL_CRITICALITIES.join(
    ' | ',
  )}), allowedRegions (e.g. ["eu-west-1"]).`,
  'Common optional fields: dataTypes (pii, phi, financial, ...), integrations [{target, access: read | write | admin, approvedConnector, scopes}],',
  'requestedScopes (e.g. ["iam:ReadOnly"]), storage [{kind, name, public}], containerImages, security {secretsStore, tokenLifetimeMinutes},',
  'cost {profile, monthlyBudget}, retentionDays, retirementDate (YYYY-MM-DD), template.',
].join(' ');

/** evaluate-governance-profile, list-policies and explain-policy-rule. */
export function registerPolicyActions(
  actionsRegistry: ActionsRegistryService,
  options: { policy: PolicyService },
) {
  const { policy } = options;

  actionsRegistry.register({
    name: 'evaluate-governance-profile',
    title: 'Evaluate a draft governance profile',
    description: [
      'Ask Guardrails BEFORE building or changing a micro app: give the draft governance profile (what data it touches,',
      'integrations and scopes, where it runs) and get the risk tier it will get, the score with the profile fields that',
      'made it, and every policy finding with its remediation. policy.allowed is false when a finding is blocking',
      '(deny stage): fix the profile or the design as the remediation says, then evaluate again.',
      'Nothing is stored; same as POST /api/governance/profiles/evaluate.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          profile: z.object({}).passthrough().describe(PROFILE_HELP),
          entity: z
            .object({
              apiVersion: z.string().default('backstage.io/v1alpha1'),
              kind: z.string().default('Component'),
              metadata: z.object({ name: z.string() }).passthrough(),
              spec: z.object({}).passthrough().optional(),
            })
            .passthrough()
            .optional()
            .describe(
              'The draft catalog entity (kind, metadata.name, spec.type/lifecycle/owner), for rules that look at it',
            ),
        }),
      output: z =>
        z
          .object({
            risk: riskSchema(z).describe('Tier, score and its breakdown'),
            policy: policyEvaluationSchema(z).describe(
              'Findings of the policy packs, each with its remediation',
            ),
          })
          .passthrough(),
    },
    action: async ({ input }) => ({
      output: (await policy.evaluateProfile(
        input.profile,
        input.entity as any,
      )) as any,
    }),
  });

  actionsRegistry.register({
    name: 'list-policies',
    title: 'List the Guardrails policy packs',
    description: [
      'The policy packs Guardrails evaluates every micro app against, with each rule: id, title, why it exists',
      '(description), severity and enforcement stage (deny blocks, warn and audit only report).',
      'Use explain-policy-rule for what a rule checks and how to comply. Same as GET /api/governance/policies.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({}),
      output: z =>
        z.object({
          packs: z.array(
            z
              .object({
                id: z.string(),
                version: z.string(),
                description: z.string(),
                source: z.string().describe('Where the pack was loaded from'),
                rules: z.array(
                  z
                    .object({
                      id: z.string(),
                      title: z.string(),
                      description: z.string(),
                      severity: z.string(),
                      stage: z.enum(['audit', 'warn', 'deny']),
                    })
                    .passthrough(),
                ),
              })
              .passthrough(),
          ),
        }),
    },
    action: async () => ({ output: { packs: policy.listPacks() as any[] } }),
  });

  actionsRegistry.register({
    name: 'explain-policy-rule',
    title: 'Explain a Guardrails policy rule',
    description: [
      'Everything about one policy rule, e.g. the ruleId of a finding: what it checks (the CEL expression over the',
      'profile, and which apps it applies to), why it exists (description), which pack and file it comes from',
      '(packId, packVersion, source), whether it blocks (severity, stage) and how to comply (remediation).',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          ruleId: z
            .string()
            .min(1)
            .describe('The rule id, e.g. sensitive-no-admin-iam'),
          packId: z
            .string()
            .min(1)
            .optional()
            .describe(
              'The pack id, e.g. guardrails-default; needed only when several packs have the rule',
            ),
        }),
      output: z =>
        z
          .object({
            packId: z.string(),
            packVersion: z.string(),
            packDescription: z.string(),
            source: z.string().describe('The file the pack was loaded from'),
            id: z.string(),
            title: z.string(),
            description: z.string().describe('Why the rule exists'),
            severity: z.string(),
            stage: z
              .enum(['audit', 'warn', 'deny'])
              .describe('deny blocks approval; warn and audit only report'),
            appliesTo: z
              .object({})
              .passthrough()
              .optional()
              .describe(
                'Tiers, kinds, classifications or lifecycles the rule is limited to; every app when absent',
              ),
            violation: z
              .string()
              .describe(
                'The CEL expression over profile, entity, risk and org that is true when an app violates the rule',
              ),
            message: z.string(),
            remediation: z.string().describe('How to comply'),
          })
          .passthrough(),
    },
    action: async ({ input }) => ({
      output: policy.explainRule(input.ruleId, input.packId) as any,
    }),
  });
}
