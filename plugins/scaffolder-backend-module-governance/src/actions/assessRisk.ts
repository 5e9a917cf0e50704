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
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  formatProfileIssues,
  validateGovernanceProfile,
} from '@guardrails/plugin-governance-common';
import {
  GovernanceRegistryService,
  RiskModelService,
} from '@guardrails/plugin-governance-node';
import { examples } from './assessRisk.examples';
import { recordCheckOutcome } from './recordCheckOutcome';

/** Id of {@link createAssessRiskAction}. @public */
export const ASSESS_RISK_ACTION_ID = 'governance:risk:assess';

/**
 * Validates the governance profile built from a template's form and computes
 * its risk score and approval tier, logging the breakdown in the task log.
 *
 * @public
 */
export function createAssessRiskAction(options: {
  riskModel: RiskModelService;
  /** Where the outcome is recorded, for the program KPIs. */
  registry?: GovernanceRegistryService;
}) {
  const { riskModel, registry } = options;
  return createTemplateAction({
    id: ASSESS_RISK_ACTION_ID,
    description:
      'Validates a governance profile and computes its risk score, level and approval tier',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        profile: z =>
          z
            .record(z.string(), z.unknown())
            .describe(
              'The governance profile, as it will stand under spec.governance',
            ),
      },
      output: {
        score: z => z.number().describe('Risk score, 0-10'),
        level: z => z.enum(['low', 'medium', 'high']).describe('Risk level'),
        tier: z => z.number().describe('Approval tier, 0-3'),
        tierName: z => z.string().describe('Name of the approval tier'),
        reviewers: z =>
          z
            .array(z.string())
            .describe(
              'Roles that must approve; empty when approved automatically',
            ),
      },
    },
    async handler(ctx) {
      const result = validateGovernanceProfile(ctx.input.profile);
      if (!result.valid) {
        await recordCheckOutcome(ctx, registry, {
          check: 'risk',
          outcome: 'blocked',
          findings: result.issues.length,
        });
        throw new InputError(
          `Invalid governance profile: ${formatProfileIssues(result.issues)}`,
        );
      }
      const risk = riskModel.assess(result.profile);
      await recordCheckOutcome(ctx, registry, {
        check: 'risk',
        outcome: 'passed',
        findings: 0,
      });
      ctx.logger.info(
        `Risk score ${risk.score}/10 (${risk.level}); approval tier ${
          risk.tier
        }, ${risk.tierName}. ${risk.tierReasons.join('; ')}`,
      );
      for (const dimension of risk.dimensions) {
        const reasons = dimension.contributions
          .map(c => `${c.reason} (+${c.points})`)
          .join(', ');
        ctx.logger.info(
          `${dimension.label}: ${dimension.points}/${dimension.maxPoints}: ${reasons}`,
        );
      }
      ctx.output('score', risk.score);
      ctx.output('level', risk.level);
      ctx.output('tier', risk.tier);
      ctx.output('tierName', risk.tierName);
      ctx.output('reviewers', risk.reviewers);
    },
  });
}
