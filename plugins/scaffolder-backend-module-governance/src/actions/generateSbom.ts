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
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { GovernanceRegistryService } from '@guardrails/plugin-governance-node';
import { createCycloneDxBom } from '../sbom/createCycloneDxBom';
import { examples } from './generateSbom.examples';
import { recordCheckOutcome } from './recordCheckOutcome';

/** Id of {@link createGenerateSbomAction}. @public */
export const GENERATE_SBOM_ACTION_ID = 'governance:sbom:generate';

/**
 * Writes a CycloneDX SBOM of the generated app into the workspace, so it is
 * published with the repository, and outputs its summary for registration.
 *
 * @public
 */
export function createGenerateSbomAction(options?: {
  /** Where the outcome is recorded, for the program KPIs. */
  registry?: GovernanceRegistryService;
}) {
  return createTemplateAction({
    id: GENERATE_SBOM_ACTION_ID,
    description:
      'Generates a CycloneDX SBOM of the npm project in the workspace',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        path: z =>
          z
            .string()
            .default('.')
            .describe('Directory of the project (its package.json)'),
        output: z =>
          z
            .string()
            .default('sbom.cdx.json')
            .describe('Where to write the SBOM, relative to path'),
        name: z =>
          z
            .string()
            .optional()
            .describe('Name of the app when it has no package.json'),
      },
      output: {
        summary: z =>
          z
            .object({
              format: z.literal('CycloneDX'),
              specVersion: z.string(),
              componentCount: z.number(),
              sha256: z.string(),
              path: z.string(),
            })
            .describe('The SBOM in brief, for governance:app:register'),
        sbomPath: z => z.string().describe('Path of the SBOM in the workspace'),
      },
    },
    async handler(ctx) {
      const root = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.path ?? '.',
      );
      const target = resolveSafeChildPath(
        root,
        ctx.input.output ?? 'sbom.cdx.json',
      );
      const sbom = await createCycloneDxBom(
        root,
        ctx.input.name ?? 'app',
      ).catch(async error => {
        await recordCheckOutcome(ctx, options?.registry, {
          check: 'sbom',
          outcome: 'blocked',
        });
        throw error;
      });
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, `${sbom.json}\n`);
      const sha256 = createHash('sha256')
        .update(`${sbom.json}\n`)
        .digest('hex');
      const relative = path.relative(root, target);
      ctx.logger.info(
        `SBOM (CycloneDX ${sbom.specVersion}) written to ${relative}: ${sbom.componentCount} components, sha256 ${sha256}`,
      );
      ctx.output('summary', {
        format: 'CycloneDX',
        specVersion: sbom.specVersion,
        componentCount: sbom.componentCount,
        sha256,
        path: relative,
      });
      ctx.output('sbomPath', path.relative(ctx.workspacePath, target));
      await recordCheckOutcome(ctx, options?.registry, {
        check: 'sbom',
        outcome: 'passed',
      });
    },
  });
}
