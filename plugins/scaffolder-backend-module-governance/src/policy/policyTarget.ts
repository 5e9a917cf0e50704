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
import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import yaml from 'yaml';

/** The app a policy check evaluates: its entity and raw profile. */
export interface PolicyTarget {
  entity: Entity;
  profile: unknown;
}

/** Reads the app to check from a catalog-info.yaml in the workspace. */
export async function policyTargetFromCatalogInfo(
  workspacePath: string,
  catalogInfoPath: string,
): Promise<PolicyTarget> {
  const file = resolveSafeChildPath(workspacePath, catalogInfoPath);
  let entity: Entity;
  try {
    entity = yaml.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(
      `catalogInfoPath: could not read ${catalogInfoPath}: ${error}`,
    );
  }
  if (!entity?.metadata?.name) {
    throw new InputError(
      `catalogInfoPath: ${catalogInfoPath} holds no entity with metadata.name`,
    );
  }
  return { entity, profile: entity.spec?.governance };
}

/** Builds the app to check from the action's profile, name and owner. */
export function policyTargetFromInput(input: {
  profile?: Record<string, unknown>;
  name?: string;
  owner?: string;
  lifecycle?: string;
}): PolicyTarget {
  for (const field of ['profile', 'name', 'owner'] as const) {
    if (input[field] === undefined) {
      throw new InputError(
        `${field} is required unless catalogInfoPath is given`,
      );
    }
  }
  return {
    profile: input.profile,
    entity: {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: input.name! },
      spec: {
        type: 'micro-app',
        owner: input.owner,
        lifecycle: input.lifecycle ?? 'experimental',
      },
    },
  };
}
