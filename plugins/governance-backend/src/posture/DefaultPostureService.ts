import { createHash } from 'node:crypto';
import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
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
  validateGovernanceProfile,
} from '@guardrails/plugin-governance-common';
import {
  PolicyEngine,
  RiskModelService,
  ruleKey,
} from '@guardrails/plugin-governance-node';
import canonicalize from 'canonicalize';
import { AppRegistryStore } from '../appRegistry/AppRegistryStore';
import { ApprovalService } from '../approvals/ApprovalService';
import { AttestationService } from '../attestations/AttestationService';
import { EvidenceService } from '../evidence/EvidenceService';
import { ExceptionService } from '../exceptions/ExceptionService';
import { PostureService } from './PostureService';

/** The owner as a full entity ref, e.g. group:default/sales-ops. */
function ownerRefOf(entity: Entity): string | undefined {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || !owner) return undefined;
  return stringifyEntityRef(
    parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    }),
  );
}

/** Options of {@link DefaultPostureService}. */
export interface DefaultPostureServiceOptions {
  catalog: CatalogService;
  auth: AuthService;
  appRegistry: AppRegistryStore;
  riskModel: RiskModelService;
  policyEngine: PolicyEngine;
  exceptions: ExceptionService;
  approvals: ApprovalService;
  attestations: AttestationService;
  evidence: EvidenceService;
  now?: () => Date;
}

/**
 * Reads an entity from the catalog, validates its governance profile, scores
 * it with the risk model, evaluates the policy packs and records the
 * snapshot in the app registry.
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
    const entity = await this.options.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(`No catalog entity found for ${entityRef}`);
    }
    return this.postureOf(entity);
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
      await this.postureOf(entity);
    }
    return items.length;
  }

  private async postureOf(entity: Entity): Promise<GovernancePosture> {
    const now = this.now();
    const entityRef = stringifyEntityRef(entity);
    const base = {
      entityRef,
      title: entity.metadata.title ?? entity.metadata.name,
      owner: ownerRefOf(entity),
      evaluatedAt: now.toISOString(),
    };
    const raw = getRawGovernanceProfile(entity);
    if (raw === undefined) {
      return {
        ...base,
        governed: false,
        validation: { valid: true, issues: [] },
      };
    }
    const result = validateGovernanceProfile(raw, { now });
    if (!result.valid) {
      return {
        ...base,
        governed: true,
        validation: { valid: false, issues: result.issues },
      };
    }
    const { profile } = result;
    const risk = this.options.riskModel.assess(profile);
    const exceptions = await this.options.exceptions.listForEntity(entityRef);
    const waivedRules = new Set(
      exceptions.filter(e => e.active).map(e => ruleKey(e.packId, e.ruleId)),
    );
    const policy = await this.options.policyEngine.evaluate(
      { profile, entity, risk },
      { waivedRules },
    );
    const profileHash = createHash('sha256')
      .update(canonicalize(profile) ?? '')
      .digest('hex');
    const app = await this.options.appRegistry.recordSnapshot({
      entityRef,
      riskScore: risk.score,
      riskLevel: risk.level,
      approvalTier: risk.tier,
      dataClassification: profile.dataClassification,
      ownerRef: base.owner,
      profileHash,
      evaluatedAt: now,
    });
    // Registration and material changes open approval requests; reading the
    // posture keeps them current even between sync runs.
    const approval = await this.options.approvals.reconcile(
      entityRef,
      profile,
      risk,
    );
    await this.options.evidence.ensureForApproval({
      entityRef,
      profileHash,
      approval,
      profile,
      risk,
      policy,
    });
    const current = (await this.options.appRegistry.getApp(entityRef)) ?? app;
    const attestations = await this.options.attestations.listForEntity(
      entityRef,
    );
    const overdue = attestations.filter(a => a.overdue);
    return {
      ...base,
      governed: true,
      validation: { valid: true, issues: [] },
      profile,
      risk,
      policy,
      approval,
      attestations,
      evidence: await this.options.evidence.listForEntity(entityRef),
      compliance: {
        compliant: overdue.length === 0,
        reasons: overdue.map(
          a =>
            `Attestation overdue since ${a.dueAt.slice(0, 10)} (${a.campaign})`,
        ),
      },
      exceptions,
      retirement: profile.retirementDate
        ? {
            date: profile.retirementDate,
            daysLeft: daysUntil(profile.retirementDate, now),
          }
        : undefined,
      lifecycle: {
        state: current.lifecycleState,
        registeredAt: current.registeredAt.toISOString(),
        reason: current.lifecycleReason,
        lastActivityAt: current.lastActivityAt?.toISOString(),
      },
    };
  }
}
