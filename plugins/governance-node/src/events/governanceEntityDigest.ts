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
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import canonicalize from 'canonicalize';

/**
 * The entity fields a governance evaluation reads: the profile, and what the
 * policy packs' `entity` variable and the stored posture show. Reads of the
 * catalog for evaluation ask for these fields only.
 *
 * @public
 */
export const GOVERNANCE_ENTITY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.tags',
  'metadata.annotations',
  'spec.type',
  'spec.lifecycle',
  'spec.owner',
  'spec.governance',
] as const;

/**
 * SHA-256 of the fields in {@link GOVERNANCE_ENTITY_FIELDS}, in RFC 8785
 * canonical JSON: equal digests mean an evaluation would read the same
 * entity. The catalog processor and the governance backend both use it, so
 * a change event can be told from a repeat without reading the catalog.
 *
 * @public
 */
export function governanceEntityDigest(entity: Entity): string {
  const { metadata } = entity;
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const input = {
    kind: entity.kind,
    name: metadata.name,
    namespace: metadata.namespace ?? 'default',
    title: metadata.title,
    tags: metadata.tags,
    annotations: metadata.annotations,
    type: spec.type,
    lifecycle: spec.lifecycle,
    owner: spec.owner,
    governance: spec.governance,
  };
  return createHash('sha256')
    .update(canonicalize(input) ?? '')
    .digest('hex');
}

/**
 * The events topic on which the governance catalog module announces that
 * the catalog processed an entity whose governance inputs changed.
 *
 * @public
 */
export const GOVERNANCE_ENTITY_CHANGED_TOPIC =
  'guardrails.governance.entity-changed';

/**
 * The payload of {@link GOVERNANCE_ENTITY_CHANGED_TOPIC}. A hint only: the
 * governance backend reads the entity from the catalog before it evaluates.
 *
 * @public
 */
export interface GovernanceEntityChangedEvent {
  entityRef: string;
  /** {@link governanceEntityDigest} of the entity as processed. */
  entityDigest: string;
}

/**
 * The change event of an entity.
 *
 * @public
 */
export function governanceEntityChangedEvent(
  entity: Entity,
): GovernanceEntityChangedEvent {
  return {
    entityRef: stringifyEntityRef(entity),
    entityDigest: governanceEntityDigest(entity),
  };
}
