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
import fs from 'node:fs/promises';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { GovernanceApiModels } from '@guardrails/plugin-governance-common';

/** The governance backend takes SBOM bodies up to 10 MB. */
const MAX_SBOM_BYTES = 10 * 1024 * 1024;

/**
 * Reads the CycloneDX JSON SBOM at a path of the template's workspace,
 * refusing with an InputError naming `sbomPath` a path outside the
 * workspace (symlinks included), a missing or oversized file, and anything
 * that is not a CycloneDX JSON document.
 */
export async function readWorkspaceSbom(
  workspacePath: string,
  sbomPath: string,
): Promise<GovernanceApiModels.CycloneDxBom> {
  let file: string;
  try {
    file = resolveSafeChildPath(workspacePath, sbomPath);
  } catch {
    throw new InputError(
      `sbomPath must be a path inside the workspace, got ${JSON.stringify(
        sbomPath,
      )}`,
    );
  }
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) {
      throw new InputError(`sbomPath ${sbomPath} is not a file`);
    }
    if (stat.size > MAX_SBOM_BYTES) {
      throw new InputError(
        `sbomPath ${sbomPath} is larger than ${MAX_SBOM_BYTES} bytes`,
      );
    }
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InputError(`sbomPath ${sbomPath} is not in the workspace`);
    }
    throw error;
  }
  let bom: unknown;
  try {
    bom = JSON.parse(text);
  } catch {
    throw new InputError(`sbomPath ${sbomPath} is not a JSON document`);
  }
  const { bomFormat, specVersion } = (bom ?? {}) as Record<string, unknown>;
  if (bomFormat !== 'CycloneDX' || typeof specVersion !== 'string') {
    throw new InputError(
      `sbomPath ${sbomPath} is not a CycloneDX SBOM (bomFormat CycloneDX and a specVersion)`,
    );
  }
  return bom as GovernanceApiModels.CycloneDxBom;
}
