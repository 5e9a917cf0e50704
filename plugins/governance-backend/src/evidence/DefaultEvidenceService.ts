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
import { NotFoundError } from '@backstage/errors';
import {
  ApprovalRequest,
  EvidenceSummary,
  EvidenceVerification,
} from '@guardrails/plugin-governance-common';
import { AppRegistryStore } from '../appRegistry/AppRegistryStore';
import { AuditLogStore } from '../audit/AuditLogStore';
import { ExceptionService } from '../exceptions/ExceptionService';
import { applyWaivers } from '../posture/applyWaivers';
import { ProvenanceStore } from '../registration/ProvenanceStore';
import { StatementSigner } from '../signing/Signer';
import { EvidenceService } from './EvidenceService';
import { EvidenceStore, StoredEvidence } from './EvidenceStore';

/**
 * Builds one signed evidence bundle per approval: profile, risk, policy
 * findings with pack versions, the decisions and, for apps made from a
 * template, the SBOM and secret-scan results, as an in-toto statement in
 * a DSSE envelope (Sigstore bundle format).
 */
export class DefaultEvidenceService implements EvidenceService {
  constructor(
    private readonly options: {
      store: EvidenceStore;
      appRegistry: AppRegistryStore;
      exceptions: Pick<ExceptionService, 'activeWaivers'>;
      provenance: ProvenanceStore;
      signer: StatementSigner;
      auditLog: AuditLogStore;
      now?: () => Date;
    },
  ) {}

  async signForApproval(approval: ApprovalRequest): Promise<void> {
    if (approval.status !== 'approved' && approval.status !== 'auto-approved')
      return;
    if (await this.options.store.hasApproval(approval.id)) return;
    const { entityRef } = approval;
    // What the reviewers saw: the posture stored by the evaluation that
    // opened the request, with the exceptions in force when it was decided.
    const app = await this.options.appRegistry.getApp(entityRef);
    const { profile, risk, policy } = app?.posture ?? {};
    if (!app?.profileHash || !profile || !risk || !policy) {
      throw new Error(
        `Cannot sign evidence of approval ${approval.id}: ${entityRef} has no stored evaluation`,
      );
    }
    const input = {
      entityRef,
      profileHash: app.profileHash,
      approval,
      profile,
      risk,
      policy: applyWaivers(
        policy,
        await this.options.exceptions.activeWaivers(entityRef),
      ),
    };
    const now = this.options.now?.() ?? new Date();
    const provenance = await this.options.provenance.get(input.entityRef);
    const bundle = await this.options.signer.sign({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [
        { name: input.entityRef, digest: { sha256: input.profileHash } },
      ],
      predicateType: 'https://guardrails.dev/evidence/approval/v1',
      predicate: {
        entityRef: input.entityRef,
        generatedAt: now.toISOString(),
        approval: input.approval as unknown as Record<string, unknown>,
        profile: input.profile as unknown as Record<string, unknown>,
        risk: {
          score: input.risk.score,
          level: input.risk.level,
          tier: input.risk.tier,
          reasons: input.risk.tierReasons,
        },
        policy: input.policy as unknown as Record<string, unknown>,
        // How the app was made, when a template registered it: the SBOM
        // digest and the secret scan are what the approval relied on.
        ...(provenance && {
          provenance: {
            templateRef: provenance.templateRef,
            repoUrl: provenance.repoUrl,
            sbom: provenance.sbom,
            secretScan: provenance.secretScan,
          } as Record<string, unknown>,
        }),
      },
    });
    if (
      await this.options.store.insert(input.entityRef, approval.id, bundle, now)
    ) {
      await this.options.auditLog.append({
        actor: 'service:governance',
        action: 'evidence.created',
        entityRef: input.entityRef,
        occurredAt: now,
        payload: { approvalId: approval.id, keyId: this.options.signer.keyId },
      });
    }
  }

  listForEntity(entityRef: string): Promise<EvidenceSummary[]> {
    return this.options.store.listForEntity(entityRef);
  }

  async download(id: string): Promise<StoredEvidence> {
    const evidence = await this.options.store.get(id);
    if (!evidence) throw new NotFoundError(`No evidence bundle ${id}`);
    return evidence;
  }

  async verify(id: string): Promise<EvidenceVerification> {
    const evidence = await this.download(id);
    const result = this.options.signer.verify(evidence.bundle);
    return {
      id,
      valid: result.valid,
      keyId: result.keyId,
      reason: result.reason,
    };
  }
}
