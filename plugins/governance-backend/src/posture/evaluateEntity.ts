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
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  AppSbomFacts,
  getRawGovernanceProfile,
  validateGovernanceProfile,
} from '@guardrails/plugin-governance-common';
import {
  PolicyEngine,
  RiskModelService,
  governanceEntityDigest,
} from '@guardrails/plugin-governance-node';
import canonicalize from 'canonicalize';
import { AppSnapshot, StoredPosture } from '../appRegistry/AppRegistryStore';
import { evaluationInputDigest } from './evaluationInputDigest';

const sha256 = (value: unknown) =>
  createHash('sha256')
    .update(canonicalize(value) ?? '')
    .digest('hex');

/** The owner as a full entity ref, e.g. group:default/sales-ops. */
export function ownerRefOf(entity: Entity): string | undefined {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || !owner) return undefined;
  return stringifyEntityRef(
    parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    }),
  );
}

/**
 * Evaluates one governed entity: validates its profile, scores it with the
 * risk model and runs the policy packs without exceptions (readers apply
 * the exceptions active when they read). Writes nothing; the snapshot is
 * what the app registry stores. Undefined for an entity without a profile.
 */
export async function evaluateEntity(
  entity: Entity,
  deps: {
    riskModel: RiskModelService;
    policyEngine: PolicyEngine;
    now: Date;
    /** Digest of the model the evaluation runs on, stored with the app. */
    modelDigest?: string;
    /** The facts of the app's latest SBOM, when one was submitted. */
    sbom?: AppSbomFacts;
  },
): Promise<AppSnapshot | undefined> {
  const raw = getRawGovernanceProfile(entity);
  if (raw === undefined) return undefined;
  const base = {
    entityRef: stringifyEntityRef(entity),
    title: entity.metadata.title ?? entity.metadata.name,
    ownerRef: ownerRefOf(entity),
    evaluatedAt: deps.now,
  };
  const result = validateGovernanceProfile(raw, { now: deps.now });
  let posture: StoredPosture;
  let risk;
  if (!result.valid) {
    posture = { validation: { valid: false, issues: result.issues } };
  } else {
    risk = deps.riskModel.assess(result.profile);
    const policy = await deps.policyEngine.evaluate({
      profile: result.profile,
      entity,
      risk,
      sbom: deps.sbom,
    });
    posture = {
      validation: { valid: true, issues: [] },
      profile: result.profile,
      risk,
      policy,
      ...(deps.sbom ? { sbom: deps.sbom } : {}),
    };
  }
  const packVersions = posture.policy?.packs
    .map(p => `${p.id}@${p.version}`)
    .join(',');
  return {
    ...base,
    riskScore: risk?.score,
    riskLevel: risk?.level,
    approvalTier: risk?.tier,
    dataClassification: posture.profile?.dataClassification,
    profileHash: posture.profile ? sha256(posture.profile) : undefined,
    packVersions,
    posture,
    entityDigest: evaluationInputDigest(
      governanceEntityDigest(entity),
      deps.sbom?.sbomSha256,
    ),
    modelDigest: deps.modelDigest,
    retirementDate: posture.profile?.retirementDate,
    // Everything a read serves from the row, so an unchanged app is not
    // rewritten (the evaluation time is left out on purpose).
    postureHash: sha256({ ...base, evaluatedAt: undefined, posture }),
  };
}
