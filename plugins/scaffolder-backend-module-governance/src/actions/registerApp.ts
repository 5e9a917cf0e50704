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
import { parseEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { ResponseError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  APPROVAL_STATUSES,
  AppRegistrationResult,
} from '@guardrails/plugin-governance-common';
import { GovernanceRegistryService } from '@guardrails/plugin-governance-node';
import { readWorkspaceSbom } from '../sbom/readWorkspaceSbom';
import { examples } from './registerApp.examples';

/** Id of {@link createRegisterAppAction}. @public */
export const REGISTER_APP_ACTION_ID = 'governance:app:register';

const POLL_INTERVAL_MS = 500;

/** The Governance tab of an entity in the Backstage app. */
function governanceUrlOf(appBaseUrl: string, entityRef: string) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `${appBaseUrl}/catalog/${namespace}/${kind.toLocaleLowerCase(
    'en-US',
  )}/${name}/governance`;
}

/**
 * Registers the new app with the governance backend once the catalog has
 * ingested it, attaching the SBOM and secret-scan results, submits the SBOM
 * document itself so declared-versus-actual drift shows from the start, and
 * outputs its tier, approval state and a link to its Governance tab.
 *
 * @public
 */
export function createRegisterAppAction(options: {
  registry: GovernanceRegistryService;
  config: Config;
}) {
  const { registry, config } = options;
  return createTemplateAction({
    id: REGISTER_APP_ACTION_ID,
    description:
      'Registers a new app with governance: tier, approval and signed evidence with its SBOM and secret scan',
    examples,
    schema: {
      input: {
        entityRef: z =>
          z
            .string()
            .describe(
              'The app in the catalog, e.g. the entityRef output of catalog:register',
            ),
        repoUrl: z =>
          z.string().optional().describe('Where the repository was published'),
        sbom: z =>
          z
            .object({
              format: z.literal('CycloneDX'),
              specVersion: z.string(),
              componentCount: z.number(),
              sha256: z.string(),
              path: z.string(),
            })
            .optional()
            .describe('The summary output of governance:sbom:generate'),
        sbomPath: z =>
          z
            .string()
            .optional()
            .describe(
              'The CycloneDX JSON SBOM to submit after registering, relative to the workspace (the sbomPath output of governance:sbom:generate); it must stay inside the workspace',
            ),
        secretScan: z =>
          z
            .object({
              tool: z.string(),
              filesScanned: z.number(),
              findings: z.number(),
            })
            .optional()
            .describe('The summary output of governance:secrets:scan'),
        waitSeconds: z =>
          z
            .number()
            .min(0)
            .max(600)
            .default(60)
            .describe('How long to wait for the catalog to ingest the app'),
      },
      output: {
        tier: z => z.number().describe('Approval tier, 0-3'),
        riskLevel: z => z.enum(['low', 'medium', 'high']),
        approvalStatus: z =>
          z
            .enum(APPROVAL_STATUSES)
            .describe('auto-approved for tier 0, else usually pending'),
        approvalId: z => z.string().optional(),
        governanceUrl: z =>
          z.string().describe("Link to the app's Governance tab"),
        sbomSubmitted: z =>
          z
            .boolean()
            .describe(
              'Whether governance received the SBOM at sbomPath; false without one, or when submitting it failed (the CI submits it again)',
            ),
      },
    },
    async handler(ctx) {
      const { entityRef, waitSeconds = 60 } = ctx.input;
      // Bad input fails the step before anything is registered.
      const bom = ctx.input.sbomPath
        ? await readWorkspaceSbom(ctx.workspacePath, ctx.input.sbomPath)
        : undefined;
      const credentials = await ctx.getInitiatorCredentials();
      const request = {
        entityRef,
        templateRef: ctx.templateInfo?.entityRef,
        taskId: ctx.task.id,
        repoUrl: ctx.input.repoUrl,
        sbom: ctx.input.sbom,
        secretScan: ctx.input.secretScan,
      };
      const deadline = Date.now() + waitSeconds * 1000;
      let waited = false;
      let result: AppRegistrationResult;
      for (;;) {
        try {
          result = await registry.registerApp(request, { credentials });
          break;
        } catch (error) {
          const notYet =
            error instanceof ResponseError && error.statusCode === 404;
          if (!notYet || Date.now() >= deadline) throw error;
          if (!waited) {
            ctx.logger.info(`Waiting for the catalog to ingest ${entityRef}`);
            waited = true;
          }
          await new Promise(resolve => setTimeout(resolve, POLL_INTERVAL_MS));
        }
      }
      ctx.logger.info(
        `Registered ${result.entityRef} with governance: tier ${result.tier} (${result.riskLevel} risk), approval ${result.approvalStatus}`,
      );
      ctx.output('tier', result.tier);
      ctx.output('riskLevel', result.riskLevel);
      ctx.output('approvalStatus', result.approvalStatus);
      if (result.approvalId) ctx.output('approvalId', result.approvalId);
      ctx.output(
        'governanceUrl',
        governanceUrlOf(config.getString('app.baseUrl'), result.entityRef),
      );

      let sbomSubmitted = false;
      if (bom) {
        try {
          const receipt = await registry.submitSbom(
            { entityRef: result.entityRef, bom },
            { credentials },
          );
          sbomSubmitted = true;
          ctx.logger.info(
            `SBOM submitted to governance: ${receipt.integrations.length} integrations found in code, ${receipt.undeclared.length} not declared in the profile`,
          );
        } catch (error) {
          // The registration stands and the app's CI submits a fresh SBOM; failing here would invite a re-run that collides with the published repo.
          ctx.logger.warn(
            `The SBOM was not submitted to governance; the app's CI will submit it: ${error}`,
          );
        }
      }
      ctx.output('sbomSubmitted', sbomSubmitted);
    },
  });
}
