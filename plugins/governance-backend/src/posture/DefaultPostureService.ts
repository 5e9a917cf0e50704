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
import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  GovernancePosture,
  daysUntil,
  getRawGovernanceProfile,
} from '@guardrails/plugin-governance-common';
import {
  PolicyEngine,
  RiskModelService,
  ruleKey,
} from '@guardrails/plugin-governance-node';
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
import { evaluateEntity, ownerRefOf } from './evaluateEntity';
import { PostureService } from './PostureService';

// What a read needs from the catalog: no more than the profile's presence,
// the title and the owner of an entity that was never evaluated.
const READ_FIELDS = ['metadata.title', 'spec.owner', 'spec.governance'];

/** Options of {@link DefaultPostureService}. */
export interface DefaultPostureServiceOptions {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  entityAccess: EntityAccess;
  appRegistry: AppRegistryStore;
  riskModel: RiskModelService;
  policyEngine: PolicyEngine;
  exceptions: ExceptionService;
  approvals: ApprovalService;
  attestations: AttestationService;
  evidence: EvidenceService;
  /** When the sync reaches a new app, in words: "within 5 minutes". */
  syncInterval: string;
  now?: () => Date;
}

/**
 * Evaluates governed entities (validation, risk, policy packs) on sync and
 * registration and stores the result with the app; reads assemble the
 * stored posture with the live state of approvals, exceptions, attestations
 * and evidence, and write nothing.
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
    const { entity, entityRef: ref } =
      await this.options.entityAccess.requireReadable(
        entityRef,
        credentials,
        READ_FIELDS,
      );
    if (getRawGovernanceProfile(entity) === undefined) {
      return this.ungoverned(entity);
    }
    const app = await this.options.appRegistry.getApp(ref);
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
    const app = await this.evaluateAndStore(entity);
    return app ? this.assemble(app) : this.ungoverned(entity);
  }

  async syncAll(): Promise<number> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { items } = await this.options.catalog.getEntities(
      {
        filter: { 'spec.governance.dataClassification': CATALOG_FILTER_EXISTS },
      },
      { credentials },
    );
    for (const entity of items) {
      try {
        await this.evaluateAndStore(entity);
      } catch (error) {
        // One app the engine cannot take must not stop the others.
        this.options.logger.warn(
          `Governance sync could not evaluate ${stringifyEntityRef(
            entity,
          )}: ${error}`,
        );
      }
    }
    return items.length;
  }

  /** Evaluates and stores; undefined when the entity has no profile. */
  private async evaluateAndStore(
    entity: Entity,
  ): Promise<RegisteredApp | undefined> {
    const { appRegistry, approvals, evidence } = this.options;
    const snapshot = await evaluateEntity(entity, {
      riskModel: this.options.riskModel,
      policyEngine: this.options.policyEngine,
      now: this.now(),
    });
    if (!snapshot) return undefined;
    let app = await appRegistry.getApp(snapshot.entityRef);
    if (app?.postureHash !== snapshot.postureHash) {
      app = await appRegistry.recordSnapshot(snapshot);
    }
    const { profile, risk } = snapshot.posture ?? {};
    if (profile && risk) {
      // After storing: an automatic approval signs evidence of the stored
      // posture. Signing again is a no-op; it catches up on an approval
      // whose evidence could not be signed when it was decided.
      const approval = await approvals.reconcile(
        snapshot.entityRef,
        profile,
        risk,
      );
      await evidence.signForApproval(approval);
      app = (await appRegistry.getApp(snapshot.entityRef)) ?? app;
    }
    return app;
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
