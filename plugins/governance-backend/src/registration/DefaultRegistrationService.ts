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
import { AuthService, UserInfoService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AppRegistrationRequest,
  AppRegistrationResult,
  formatProfileIssues,
  getRawGovernanceProfile,
  validateGovernanceProfile,
} from '@guardrails/plugin-governance-common';
import { GovernanceTransaction } from '../database/governanceTransaction';
import { PostureService } from '../posture/PostureService';
import { assertMayOwnApp } from './assertMayOwnApp';
import { ProvenanceStore } from './ProvenanceStore';
import { RegistrationCaller, RegistrationService } from './RegistrationService';
import { resolveCallerEntity } from './resolveCallerEntity';

/**
 * Registers template-created apps: provenance first, so that the evidence
 * signed on approval carries the SBOM and secret-scan results, then the
 * same evaluation the sync task runs. The scaffolder registers for a user
 * who may own the app; an app's CI token (bound to it by the route) adds a
 * fresh SBOM.
 */
export class DefaultRegistrationService implements RegistrationService {
  constructor(
    private readonly options: {
      auth: AuthService;
      catalog: CatalogService;
      provenance: ProvenanceStore;
      /** Records provenance and its audit event in one transaction. */
      transaction: GovernanceTransaction;
      posture: PostureService;
      userInfo: UserInfoService;
      now?: () => Date;
    },
  ) {}

  async register(
    request: AppRegistrationRequest,
    caller: RegistrationCaller,
  ): Promise<AppRegistrationResult> {
    const { actor, actingService } = caller;
    const { entity, catalogCredentials } = await resolveCallerEntity(
      request.entityRef,
      caller,
      this.options,
    );
    // The catalog finds a name in any case; provenance goes under the
    // app's own ref, the one its evaluation and evidence read.
    const entityRef = stringifyEntityRef(entity);
    const raw = getRawGovernanceProfile(entity);
    if (raw === undefined) {
      throw new InputError(
        `${entityRef} has no governance profile (spec.governance) to register`,
      );
    }
    // Refused before anything is recorded.
    const validation = validateGovernanceProfile(raw);
    if (!validation.valid) {
      throw new InputError(
        `The governance profile of ${entityRef} is invalid: ${formatProfileIssues(
          validation.issues,
        )}`,
      );
    }
    await assertMayOwnApp(entity, entityRef, caller, this.options.userInfo);
    const now = this.options.now?.() ?? new Date();
    await this.options.transaction(async ({ provenance, auditLog }) => {
      await provenance.append({
        ...request,
        entityRef,
        registeredBy: actor,
        actingService,
        registeredAt: now.toISOString(),
      });
      await auditLog.append({
        actor,
        action: 'app.registered',
        entityRef,
        occurredAt: now,
        payload: {
          actingService,
          templateRef: request.templateRef ?? null,
          taskId: request.taskId ?? null,
          repoUrl: request.repoUrl ?? null,
          sbomSha256: request.sbom?.sha256 ?? null,
          secretFindings: request.secretScan?.findings ?? null,
        },
      });
    });
    const posture = await this.options.posture.evaluate(entityRef, {
      credentials: catalogCredentials,
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
