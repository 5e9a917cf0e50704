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
import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { AppSbomFacts } from '@guardrails/plugin-governance-common';
import {
  PolicyEngine,
  RiskModelService,
} from '@guardrails/plugin-governance-node';
import canonicalize from 'canonicalize';
import pMap from 'p-map';
import {
  AppRegistryStore,
  AppSnapshot,
  RegisteredApp,
} from '../appRegistry/AppRegistryStore';
import { ApprovalService } from '../approvals/ApprovalService';
import { EvidenceService } from '../evidence/EvidenceService';
import {
  EvaluationTrigger,
  GovernanceMetrics,
} from '../metrics/GovernanceMetrics';
import { SbomRecord, SbomStore } from '../sbom/SbomStore';
import { evaluateEntity } from './evaluateEntity';

const APPROVAL_CONCURRENCY = 4;

/** What the posture keeps of an SBOM record: the facts and their origin. */
const factsOf = ({
  entityRef: _entityRef,
  actingService: _actingService,
  bomTimestamp: _bomTimestamp,
  ...facts
}: SbomRecord): AppSbomFacts => facts;

/** Options of {@link PostureEvaluator}. */
export interface PostureEvaluatorOptions {
  appRegistry: AppRegistryStore;
  riskModel: RiskModelService;
  policyEngine: PolicyEngine;
  approvals: ApprovalService;
  evidence: EvidenceService;
  logger: LoggerService;
  metrics: GovernanceMetrics;
  /** The apps' latest SBOM facts, which the policies compare. */
  sboms: SbomStore;
  /**
   * The configuration the model reads (risk weights, policy settings):
   * part of the model digest, so a config change re-evaluates every app.
   */
  modelSettings: unknown;
  now?: () => Date;
}

/** What one batch of the reconciliation did. */
export interface EvaluationCounts {
  evaluated: number;
  written: number;
  failed: number;
}

/**
 * Evaluates governed entities and stores the result with the app: the one
 * write path of postures, for registration, catalog change events and the
 * reconciliation. After storing, it reconciles the app's approval request
 * (an automatic approval signs evidence of the stored posture).
 */
export class PostureEvaluator {
  private readonly now: () => Date;
  private model?: { day: string; digest: string };

  constructor(private readonly options: PostureEvaluatorOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /**
   * SHA-256 of everything besides the entity that an evaluation reads: the
   * loaded packs, the model settings and the day (validation and expiry
   * checks depend on the date).
   */
  modelDigest(): string {
    const day = this.now().toISOString().slice(0, 10);
    if (this.model?.day !== day) {
      const input = {
        day,
        packs: this.options.policyEngine.listPacks(),
        settings: this.options.modelSettings,
      };
      const digest = createHash('sha256')
        .update(canonicalize(input) ?? '')
        .digest('hex');
      this.model = { day, digest };
    }
    return this.model.digest;
  }

  /** Evaluates and stores one entity; undefined when it has no profile. */
  async evaluateAndStore(
    entity: Entity,
    trigger: Exclude<EvaluationTrigger, 'reconciliation'>,
  ): Promise<RegisteredApp | undefined> {
    const sboms = await this.options.sboms.latest([stringifyEntityRef(entity)]);
    const snapshot = await this.evaluate(
      entity,
      trigger,
      sboms.get(stringifyEntityRef(entity)),
    );
    if (!snapshot) return undefined;
    const { appRegistry } = this.options;
    const app = await appRegistry.getApp(snapshot.entityRef);
    if (!app || app.postureHash !== snapshot.postureHash) {
      await appRegistry.recordSnapshot(snapshot);
    } else if (
      app.entityDigest !== snapshot.entityDigest ||
      app.modelDigest !== snapshot.modelDigest
    ) {
      await appRegistry.recordSnapshots([snapshot]);
    }
    await this.reconcileApproval(snapshot);
    return appRegistry.getApp(snapshot.entityRef);
  }

  /**
   * Evaluates a batch of entities whose inputs changed and stores them in
   * one transaction; then reconciles the approvals of those whose posture
   * changed. An entity the engine cannot take is counted, not thrown.
   */
  async evaluateBatch(
    entities: Entity[],
    storedPostureHashes: Map<string, string | undefined>,
    /** Awaited after each app: the caller's chance to yield. */
    between: () => Promise<void> = async () => {},
  ): Promise<EvaluationCounts> {
    const snapshots: AppSnapshot[] = [];
    let failed = 0;
    const sboms = await this.options.sboms.latest(
      entities.map(e => stringifyEntityRef(e)),
    );
    for (const entity of entities) {
      try {
        const snapshot = await this.evaluate(
          entity,
          'reconciliation',
          sboms.get(stringifyEntityRef(entity)),
        );
        if (snapshot) snapshots.push(snapshot);
      } catch (error) {
        failed++;
        this.options.logger.warn(
          `Governance could not evaluate ${entity.metadata.name}: ${error}`,
        );
      }
      await between();
    }
    await this.options.appRegistry.recordSnapshots(snapshots);
    const changed = snapshots.filter(
      s => storedPostureHashes.get(s.entityRef) !== s.postureHash,
    );
    // Apps are independent: on PostgreSQL a few at once hide the database
    // round trips; on SQLite they just interleave.
    await pMap(
      changed,
      async snapshot => {
        try {
          await this.reconcileApproval(snapshot);
        } catch (error) {
          failed++;
          this.options.logger.warn(
            `Governance could not reconcile the approval of ${snapshot.entityRef}: ${error}`,
          );
        }
        await between();
      },
      { concurrency: APPROVAL_CONCURRENCY },
    );
    return {
      evaluated: snapshots.length,
      written: changed.length,
      failed,
    };
  }

  private async evaluate(
    entity: Entity,
    trigger: EvaluationTrigger,
    sbom: SbomRecord | undefined,
  ): Promise<AppSnapshot | undefined> {
    const started = performance.now();
    try {
      return await evaluateEntity(entity, {
        riskModel: this.options.riskModel,
        policyEngine: this.options.policyEngine,
        now: this.now(),
        modelDigest: this.modelDigest(),
        sbom: sbom && factsOf(sbom),
      });
    } finally {
      this.options.metrics.recordEvaluation(
        (performance.now() - started) / 1000,
        trigger,
      );
    }
  }

  private async reconcileApproval(snapshot: AppSnapshot) {
    const { profile, risk } = snapshot.posture ?? {};
    if (!profile || !risk) return;
    // Signing again is a no-op; it catches up on an approval whose
    // evidence could not be signed when it was decided.
    const approval = await this.options.approvals.reconcile(
      snapshot.entityRef,
      profile,
      risk,
    );
    await this.options.evidence.signForApproval(approval);
  }
}
