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
import { AuthService, UserInfoService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CycloneDxComponentLike,
  SBOM_DRIFT_RULES,
  deriveSbomFacts,
  getRawGovernanceProfile,
  isSbomFactDeclared,
} from '@guardrails/plugin-governance-common';
import canonicalize from 'canonicalize';
import { GovernanceTransaction } from '../database/governanceTransaction';
import { PostureService } from '../posture/PostureService';
import { assertMayOwnApp } from '../registration/assertMayOwnApp';
import { RegistrationCaller } from '../registration/RegistrationService';
import { resolveCallerEntity } from '../registration/resolveCallerEntity';
import { SbomReceipt, SbomService, SbomSubmission } from './SbomService';

const DRIFT_RULES = new Set<string>([
  SBOM_DRIFT_RULES.undeclaredIntegration,
  SBOM_DRIFT_RULES.undeclaredDatabaseWriteDriver,
  SBOM_DRIFT_RULES.undeclaredLlmClient,
]);

// How far ahead of this clock an SBOM's own timestamp may be: a CI
// runner's clock drifts, but a date far ahead would refuse every fresh SBOM.
const CLOCK_SKEW_MS = 60 * 60 * 1000;

// Evaluations again when a concurrent submission's stored posture is older.
const MAX_CATCH_UPS = 3;

const keyOf = (f: { ecosystem: string; package: string }) =>
  `${f.ecosystem}:${f.package}`;

/** Components of the SBOM, nested ones included (the route bounds them). */
function countComponents(components: CycloneDxComponentLike[] = []): number {
  return components.reduce(
    (sum, c) => sum + 1 + countComponents(c.components),
    0,
  );
}

/**
 * Records SBOM facts through the registration path: the same callers as
 * registration, one transaction for the record and its audit event, then
 * the same evaluation the sync runs, which reads the app's latest facts.
 */
export class DefaultSbomService implements SbomService {
  constructor(
    private readonly options: {
      auth: AuthService;
      catalog: CatalogService;
      transaction: GovernanceTransaction;
      posture: PostureService;
      userInfo: UserInfoService;
      now?: () => Date;
    },
  ) {}

  async submit(
    { entityRef: requestedRef, bom }: SbomSubmission,
    caller: RegistrationCaller,
  ): Promise<SbomReceipt> {
    const { actor, actingService } = caller;
    const { entity, catalogCredentials } = await resolveCallerEntity(
      requestedRef,
      caller,
      this.options,
    );
    // The catalog finds a name in any case; the record goes under the
    // app's own ref, the one its evaluation reads.
    const entityRef = stringifyEntityRef(entity);
    if (getRawGovernanceProfile(entity) === undefined) {
      throw new InputError(
        `${entityRef} has no governance profile (spec.governance) to compare the SBOM with`,
      );
    }
    await assertMayOwnApp(entity, entityRef, caller, this.options.userInfo);
    const facts = deriveSbomFacts(bom);
    const sbomSha256 = createHash('sha256')
      .update(canonicalize(bom) ?? '')
      .digest('hex');
    const componentCount = countComponents(bom.components);
    const now = this.options.now?.() ?? new Date();
    const stamp = bom.metadata?.timestamp;
    const bomTimestamp = stamp ? new Date(stamp).toISOString() : undefined;
    if (
      bomTimestamp &&
      Date.parse(bomTimestamp) > now.getTime() + CLOCK_SKEW_MS
    ) {
      throw new InputError(
        `Request body field "bom.metadata.timestamp": ${stamp} is in the future`,
      );
    }
    await this.options.transaction(async ({ sboms, auditLog }) => {
      const previous = (await sboms.latest([entityRef])).get(entityRef);
      if (
        bomTimestamp &&
        previous?.bomTimestamp &&
        bomTimestamp < previous.bomTimestamp
      ) {
        throw new ConflictError(
          `Request body field "bom.metadata.timestamp": ${stamp} is older than the latest SBOM of ${entityRef} (${previous.bomTimestamp}); submit a fresh SBOM`,
        );
      }
      const kept = new Set(facts.integrations.map(keyOf));
      const removed = (previous?.integrations ?? [])
        .filter(f => !kept.has(keyOf(f)))
        .map(f => f.package);
      await sboms.append({
        entityRef,
        ...facts,
        sbomSha256,
        specVersion: bom.specVersion,
        componentCount,
        submittedBy: actor,
        actingService,
        submittedAt: now.toISOString(),
        ...(bomTimestamp ? { bomTimestamp } : {}),
      });
      await auditLog.append({
        actor,
        action: 'app.sbom-submitted',
        entityRef,
        occurredAt: now,
        payload: {
          actingService,
          sbomSha256,
          componentCount,
          mappingVersion: facts.mappingVersion,
          integrations: facts.integrations.map(f => f.package),
          // What the app's previous SBOM had and this one does not: an
          // SDK that disappears is visible in the log, not only gone.
          previousSbomSha256: previous?.sbomSha256 ?? null,
          removed,
          bomTimestamp: bomTimestamp ?? null,
        },
      });
    });
    // The evaluation reads the facts just recorded: the stored posture,
    // the approval (a material change) and the promotion gate follow.
    const evaluate = () =>
      this.options.posture.evaluate(entityRef, {
        credentials: catalogCredentials,
      });
    let posture = await evaluate();
    // Concurrent submissions for one app: an evaluation that read an older
    // SBOM can store its posture after the newer one's. Each submitter
    // checks after its own store, so the last store is checked too.
    // (An invalid profile is evaluated without facts: nothing to check.)
    for (
      let retry = 0;
      retry < MAX_CATCH_UPS && posture.validation.valid;
      retry++
    ) {
      const latest = await this.options.transaction(({ sboms }) =>
        sboms.latestDigests([entityRef]),
      );
      if (posture.sbom?.sbomSha256 === latest.get(entityRef)) break;
      posture = await evaluate();
    }
    const profile = posture.profile;
    return {
      entityRef,
      sbomSha256,
      componentCount,
      mappingVersion: facts.mappingVersion,
      integrations: facts.integrations,
      undeclared: profile
        ? facts.integrations
            .filter(f => !isSbomFactDeclared(f, profile))
            .map(f => f.package)
        : [],
      findings: (posture.policy?.findings ?? []).filter(f =>
        DRIFT_RULES.has(f.ruleId),
      ),
      allowed: posture.policy?.allowed ?? false,
    };
  }
}
