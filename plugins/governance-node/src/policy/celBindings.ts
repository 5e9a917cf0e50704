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
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { MAX_SBOM_FACTS } from '@guardrails/plugin-governance-common';
import { PolicyInput } from './PolicyEngine';
import { toCelValue } from './toCelValue';

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new InputError(`${field} must be a string`);
}

/**
 * The `entity` variable of the rules. The entity may be a draft sent by a
 * client, so the fields an entity ref is built from are checked here rather
 * than trusted; every other field is bounded by toCelValue. Each error names
 * the entity field it is about.
 */
function entityBinding(entity: Entity | undefined) {
  if (entity === undefined) {
    return toCelValue(
      {
        ref: '',
        kind: 'Component',
        name: '',
        namespace: 'default',
        type: '',
        lifecycle: '',
        owner: '',
        tags: [],
        annotations: {},
      },
      'entity',
    );
  }
  const metadata = (entity.metadata ?? {}) as Partial<Entity['metadata']>;
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const kind = optionalString(entity.kind, 'entity.kind') ?? 'Component';
  const name = optionalString(metadata.name, 'entity.metadata.name');
  const namespace = optionalString(
    metadata.namespace,
    'entity.metadata.namespace',
  );
  if (!name) throw new InputError('entity.metadata.name must not be empty');
  return new Map<string, unknown>([
    ['ref', stringifyEntityRef({ kind, name, namespace })],
    ['kind', kind],
    ['name', name],
    ['namespace', namespace ?? 'default'],
    ['type', toCelValue(spec.type ?? '', 'entity.spec.type')],
    ['lifecycle', toCelValue(spec.lifecycle ?? '', 'entity.spec.lifecycle')],
    ['owner', toCelValue(spec.owner ?? '', 'entity.spec.owner')],
    ['tags', toCelValue(metadata.tags ?? [], 'entity.metadata.tags')],
    [
      'annotations',
      toCelValue(metadata.annotations ?? {}, 'entity.metadata.annotations'),
    ],
  ]);
}

/**
 * The `sbom` variable: `present`, `mappingVersion` and the `integrations`
 * found in the app's latest SBOM (none without one). The list is cut to
 * the bound the cost analysis assumes.
 */
function sbomBinding(sbom: PolicyInput['sbom']) {
  return toCelValue(
    {
      present: sbom !== undefined,
      mappingVersion: sbom?.mappingVersion ?? '',
      integrations: (sbom?.integrations ?? []).slice(0, MAX_SBOM_FACTS),
    },
    'sbom',
  );
}

/**
 * The variables every rule sees: `profile`, `entity`, `risk`, `org` and
 * `sbom`.
 * Throws an InputError naming the field when the input cannot be handed to
 * CEL (too deep, too large, or an entity whose ref cannot be built).
 */
export function celBindings(
  input: PolicyInput,
  organization: object,
): Record<string, unknown> {
  return {
    profile: toCelValue(input.profile, 'profile'),
    entity: entityBinding(input.entity),
    risk: toCelValue(
      {
        score: input.risk.score,
        level: input.risk.level,
        tier: input.risk.tier,
      },
      'risk',
    ),
    org: toCelValue(organization, 'org'),
    sbom: sbomBinding(input.sbom),
  };
}
