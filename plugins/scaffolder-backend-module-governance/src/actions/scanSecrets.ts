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
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { GovernanceRegistryService } from '@guardrails/plugin-governance-node';
import { recordCheckOutcome } from './recordCheckOutcome';
import { examples } from './scanSecrets.examples';
import { findSecrets } from '../secrets/findSecrets';

/** Id of {@link createScanSecretsAction}. @public */
export const SCAN_SECRETS_ACTION_ID = 'governance:secrets:scan';

/**
 * Scans the generated files for secrets with secretlint before anything is
 * published. Any finding fails the step, naming file and line with the
 * secret masked. With a registry, the outcome (blocked included) is recorded
 * with the governance backend for the KPIs: rule ids and counts, never the
 * secret.
 *
 * @public
 */
export function createScanSecretsAction(options?: {
  registry?: GovernanceRegistryService;
}) {
  return createTemplateAction({
    id: SCAN_SECRETS_ACTION_ID,
    description:
      'Scans the workspace for secrets with secretlint; fails on any finding',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        path: z =>
          z
            .string()
            .default('.')
            .describe('Directory in the workspace to scan, default all of it'),
      },
      output: {
        summary: z =>
          z
            .object({
              tool: z.string(),
              filesScanned: z.number(),
              findings: z.number(),
            })
            .describe(
              'What was scanned, for governance:app:register (findings is 0 on success)',
            ),
      },
    },
    async handler(ctx) {
      const root = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.path ?? '.',
      );
      const { tool, filesScanned, findings } = await findSecrets(root);
      ctx.logger.info(
        `Secret scan (${tool}): ${filesScanned} files, ${findings.length} findings`,
      );
      for (const f of findings) {
        ctx.logger.error(`${f.file}:${f.line}:${f.column} ${f.message}`);
      }
      ctx.output('summary', { tool, filesScanned, findings: findings.length });
      await recordCheckOutcome(ctx, options?.registry, {
        check: 'secret-scan',
        outcome: findings.length > 0 ? 'blocked' : 'passed',
        findings: findings.length,
        rules: findings.map(f => f.ruleId),
      });
      if (findings.length > 0) {
        throw new InputError(
          `Secret scan found ${
            findings.length
          } secret(s); nothing was published. Remove them and use the platform's secret store instead: ${findings
            .map(f => `${f.file}:${f.line} ${f.message}`)
            .join(' | ')}`,
        );
      }
    },
  });
}
