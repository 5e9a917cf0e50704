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
  PolicyEngine,
  RiskModelService,
} from '@guardrails/plugin-governance-node';
import { GovernanceRegistryService } from '@guardrails/plugin-governance-node';
import { examples } from './checkPolicy.examples';
import { recordCheckOutcome } from './recordCheckOutcome';
import {
  policyTargetFromCatalogInfo,
  policyTargetFromInput,
} from '../policy/policyTarget';

/** Id of {@link createCheckPolicyAction}. @public */
export const CHECK_POLICY_ACTION_ID = 'governance:policy:check';

/**
 * Evaluates the governance profile built from a template's form against the
 * configured policy packs. Blocking findings fail the step, each with its
 * message and remediation in the task log; warnings are logged and output.
 *
 * @public
 */
export function createCheckPolicyAction(options: {
  riskModel: RiskModelService;
  policyEngine: PolicyEngine;
  /** Records each outcome with the governance backend, for the KPIs. */
  registry?: GovernanceRegistryService;
}) {
  const { riskModel, policyEngine } = options;
  return createTemplateAction({
    id: CHECK_POLICY_ACTION_ID,
    description:
      'Evaluates a governance profile against the policy packs; fails on blocking (deny) findings',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        catalogInfoPath: z =>
          z
            .string()
            .optional()
            .describe(
              'catalog-info.yaml in the workspace to check, so what is published is what is checked; replaces profile, name, owner and lifecycle',
            ),
        profile: z =>
          z
            .record(z.string(), z.unknown())
            .optional()
            .describe(
              'The governance profile, as it will stand under spec.governance',
            ),
        name: z =>
          z.string().optional().describe('metadata.name of the app to be'),
        owner: z =>
          z.string().optional().describe('spec.owner of the app to be'),
        lifecycle: z =>
          z
            .string()
            .default('experimental')
            .describe('spec.lifecycle of the app to be'),
      },
      output: {
        allowed: z => z.boolean().describe('True when no finding blocks'),
        tier: z => z.number().describe('Approval tier, 0-3'),
        warnings: z =>
          z
            .array(z.string())
            .describe('Messages of the findings that do not block'),
        packs: z =>
          z.array(z.string()).describe('Packs evaluated, as id@version'),
      },
    },
    async handler(ctx) {
      const target = ctx.input.catalogInfoPath
        ? await policyTargetFromCatalogInfo(
            ctx.workspacePath,
            ctx.input.catalogInfoPath,
          )
        : policyTargetFromInput(ctx.input);
      const result = validateGovernanceProfile(target.profile);
      if (!result.valid) {
        throw new InputError(
          `Invalid governance profile: ${formatProfileIssues(result.issues)}`,
        );
      }
      const entity = target.entity;
      const risk = riskModel.assess(result.profile);
      const evaluation = await policyEngine.evaluate({
        profile: result.profile,
        entity,
        risk,
      });
      const packs = evaluation.packs.map(p => `${p.id}@${p.version}`);
      ctx.logger.info(
        `Policy check with ${packs.join(', ')}: ${
          evaluation.passedRules
        } rules passed, ${evaluation.findings.length} findings`,
      );
      const blocking = evaluation.findings.filter(f => f.blocking);
      const warnings = evaluation.findings.filter(f => !f.blocking);
      for (const f of warnings) {
        ctx.logger.warn(
          `[${f.stage}] ${f.title}: ${f.message} Remediation: ${f.remediation}`,
        );
      }
      for (const f of blocking) {
        ctx.logger.error(
          `[deny] ${f.title}: ${f.message} Remediation: ${f.remediation}`,
        );
      }
      ctx.output('allowed', evaluation.allowed);
      ctx.output('tier', risk.tier);
      ctx.output(
        'warnings',
        warnings.map(f => `${f.title}: ${f.message}`),
      );
      ctx.output('packs', packs);
      let outcome: 'blocked' | 'warned' | 'passed' = 'passed';
      if (blocking.length > 0) outcome = 'blocked';
      else if (warnings.length > 0) outcome = 'warned';
      await recordCheckOutcome(ctx, options.registry, {
        check: 'policy',
        outcome,
        findings: evaluation.findings.length,
        rules: evaluation.findings.map(f => `${f.packId}/${f.ruleId}`),
      });
      if (blocking.length > 0) {
        throw new InputError(
          `Policy check failed with ${
            blocking.length
          } blocking finding(s): ${blocking
            .map(
              f => `${f.title} (${f.message}); remediation: ${f.remediation}`,
            )
            .join(' | ')}`,
        );
      }
    },
  });
}
