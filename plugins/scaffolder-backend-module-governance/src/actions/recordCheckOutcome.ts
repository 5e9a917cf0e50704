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
import { ActionContext } from '@backstage/plugin-scaffolder-node';
import { GovernanceApiModels } from '@guardrails/plugin-governance-common';
import { GovernanceRegistryService } from '@guardrails/plugin-governance-node';

/**
 * Records a check's outcome with the governance backend, on behalf of the
 * user running the template, before the step passes or fails. Best effort:
 * the check's own verdict stands when the backend cannot be reached (it is
 * logged). Nothing is recorded in a dry run.
 */
export async function recordCheckOutcome(
  ctx: ActionContext<any, any, any>,
  registry: GovernanceRegistryService | undefined,
  outcome: Pick<
    GovernanceApiModels.CheckOutcomeReport,
    'check' | 'outcome' | 'findings' | 'rules'
  >,
): Promise<void> {
  if (!registry || ctx.isDryRun) return;
  try {
    await registry.recordCheckOutcome(
      {
        ...outcome,
        rules: [...new Set(outcome.rules ?? [])].slice(0, 100),
        templateRef: ctx.templateInfo?.entityRef,
        taskId: ctx.task?.id,
      },
      { credentials: await ctx.getInitiatorCredentials() },
    );
  } catch (error) {
    ctx.logger.warn(
      `Could not record the ${outcome.check} outcome with governance: ${error}`,
    );
  }
}
