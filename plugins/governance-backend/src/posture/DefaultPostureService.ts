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
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  GovernancePosture,
  daysUntil,
  getRawGovernanceProfile,
} from '@guardrails/plugin-governance-common';
import { ruleKey } from '@guardrails/plugin-governance-node';
import {
  AppRegistryStore,
  RegisteredApp,
} from '../appRegistry/AppRegistryStore';
import { ApprovalService } from '../approvals/ApprovalService';
import { AttestationService } from '../attestations/AttestationService';
import { EntityAccess } from '../catalog/EntityAccess';
import { EvidenceService } from '../evidence/EvidenceService';
import { ExceptionService } from '../exceptions/ExceptionService';
import { applyWaivers } from './applyWaivers';
import { ownerRefOf } from './evaluateEntity';
import { PostureEvaluator } from './PostureEvaluator';
import { PostureService } from './PostureService';

// Undefined for a malformed ref: the catalog's answer to it stands.
function normalizeRef(entityRef: string): string | undefined {
  try {
    return stringifyEntityRef(parseEntityRef(entityRef));
  } catch {
    return undefined;
  }
}

// What a read needs from the catalog: no more than the profile's presence,
// the title and the owner of an entity that was never evaluated.
const READ_FIELDS = ['metadata.title', 'spec.owner', 'spec.governance'];

/** Options of {@link DefaultPostureService}. */
export interface DefaultPostureServiceOptions {
  catalog: CatalogService;
  entityAccess: EntityAccess;
  appRegistry: AppRegistryStore;
  evaluator: PostureEvaluator;
  exceptions: ExceptionService;
  approvals: ApprovalService;
  attestations: AttestationService;
  evidence: EvidenceService;
  /** When the sync reaches a new app, in words: "within 5 minutes". */
  syncInterval: string;
  now?: () => Date;
}

/**
 * Reads assemble the stored posture with the live state of approvals,
 * exceptions, attestations and evidence, and write nothing; when the
 * caller may read every catalog entity they do not call the catalog.
 * Registration evaluates one entity now, through the {@link PostureEvaluator}.
 */
export class DefaultPostureService implements PostureService {
  private readonly now: () => Date;

  constructor(private readonly options: DefaultPostureServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async getPosture(
    entityRef: string,
    { credentials }: { credentials: BackstageCredentials },
  ): Promise<GovernancePosture> {
    const { entityAccess, appRegistry } = this.options;
    const access = await entityAccess.catalogReadAccess(credentials);
    const storedRef = normalizeRef(entityRef);
    if (access === 'all' && storedRef) {
      // Stored apps are catalog entities the reconciliation evaluated.
      const app = await appRegistry.getApp(storedRef);
      if (app?.posture) return this.assemble(app);
    }
    const { entity, entityRef: ref } = await entityAccess.requireReadable(
      entityRef,
      credentials,
      READ_FIELDS,
    );
    if (getRawGovernanceProfile(entity) === undefined) {
      return this.ungoverned(entity);
    }
    const app = await appRegistry.getApp(ref);
    if (!app?.posture) {
      throw new NotFoundError(
        `${ref} has not been evaluated yet; the governance sync evaluates it ${this.options.syncInterval}`,
      );
    }
    return this.assemble(app);
  }

  async evaluate(
    entityRef: string,
    { credentials }: { credentials: BackstageCredentials },
  ): Promise<GovernancePosture> {
    const entity = await this.options.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(`No catalog entity found for ${entityRef}`);
    }
    const app = await this.options.evaluator.evaluateAndStore(
      entity,
      'registration',
    );
    return app ? this.assemble(app) : this.ungoverned(entity);
  }

  private ungoverned(entity: Entity): GovernancePosture {
    return {
      entityRef: stringifyEntityRef(entity),
      title: entity.metadata.title ?? entity.metadata.name,
      owner: ownerRefOf(entity),
      governed: false,
      validation: { valid: true, issues: [] },
      evaluatedAt: this.now().toISOString(),
    };
  }

  /** The stored posture with the parts that change between evaluations. */
  private async assemble(app: RegisteredApp): Promise<GovernancePosture> {
    const { entityRef } = app;
    const stored = app.posture!;
    const now = this.now();
    const [exceptions, approval, attestations, evidence] = await Promise.all([
      this.options.exceptions.listForEntity(entityRef),
      this.options.approvals.latestForEntity(entityRef),
      this.options.attestations.listForEntity(entityRef),
      this.options.evidence.listForEntity(entityRef),
    ]);
    const waivedRules = new Set(
      exceptions.filter(e => e.active).map(e => ruleKey(e.packId, e.ruleId)),
    );
    const overdue = attestations.filter(a => a.overdue);
    const retirementDate = stored.profile?.retirementDate;
    return {
      entityRef,
      title: app.title,
      owner: app.ownerRef,
      governed: true,
      validation: stored.validation,
      profile: stored.profile,
      risk: stored.risk,
      policy: stored.policy && applyWaivers(stored.policy, waivedRules),
      approval,
      attestations,
      evidence,
      compliance: {
        compliant: overdue.length === 0,
        reasons: overdue.map(
          a =>
            `Attestation overdue since ${a.dueAt.slice(0, 10)} (${a.campaign})`,
        ),
      },
      exceptions,
      retirement: retirementDate
        ? { date: retirementDate, daysLeft: daysUntil(retirementDate, now) }
        : undefined,
      sbom: stored.sbom,
      lifecycle: {
        state: app.lifecycleState,
        registeredAt: app.registeredAt.toISOString(),
        reason: app.lifecycleReason,
        lastActivityAt: app.lastActivityAt?.toISOString(),
      },
      evaluatedAt: app.evaluatedAt.toISOString(),
    };
  }
}
