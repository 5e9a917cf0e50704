import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AppRegistrationRequest,
  AppRegistrationResult,
  formatProfileIssues,
  getRawGovernanceProfile,
} from '@guardrails/plugin-governance-common';
import { AuditLogStore } from '../audit/AuditLogStore';
import { PostureService } from '../posture/PostureService';
import { ProvenanceStore } from './ProvenanceStore';
import { RegistrationService } from './RegistrationService';

/**
 * Registers template-created apps: provenance first, so that the evidence
 * signed on approval carries the SBOM and secret-scan results, then the
 * same evaluation the sync task runs.
 */
export class DefaultRegistrationService implements RegistrationService {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      provenance: ProvenanceStore;
      auditLog: AuditLogStore;
      posture: PostureService;
      now?: () => Date;
    },
  ) {}

  async register(
    request: AppRegistrationRequest,
    {
      credentials,
      actor,
    }: { credentials: BackstageCredentials; actor: string },
  ): Promise<AppRegistrationResult> {
    const { entityRef } = request;
    const entity = await this.options.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(
        `${entityRef} is not in the catalog yet; register its catalog-info.yaml first`,
      );
    }
    if (getRawGovernanceProfile(entity) === undefined) {
      throw new InputError(
        `${entityRef} has no governance profile (spec.governance) to register`,
      );
    }
    const now = this.options.now?.() ?? new Date();
    await this.options.provenance.upsert({
      ...request,
      registeredBy: actor,
      registeredAt: now.toISOString(),
    });
    await this.options.auditLog.append({
      actor,
      action: 'app.registered',
      entityRef,
      occurredAt: now,
      payload: {
        templateRef: request.templateRef ?? null,
        taskId: request.taskId ?? null,
        repoUrl: request.repoUrl ?? null,
        sbomSha256: request.sbom?.sha256 ?? null,
        secretFindings: request.secretScan?.findings ?? null,
      },
    });
    const posture = await this.options.posture.evaluate(entityRef, {
      credentials,
    });
    if (!posture.risk) {
      throw new InputError(
        `The governance profile of ${entityRef} is invalid: ${formatProfileIssues(
          posture.validation.issues,
        )}`,
      );
    }
    return {
      entityRef,
      tier: posture.risk.tier,
      riskLevel: posture.risk.level,
      score: posture.risk.score,
      approvalId: posture.approval?.id,
      approvalStatus: posture.approval?.status ?? 'pending',
    };
  }

  listProvenance() {
    return this.options.provenance.list();
  }
}
