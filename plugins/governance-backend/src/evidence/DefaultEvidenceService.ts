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
import { GovernanceTransaction } from '../database/governanceTransaction';
import { ExceptionService } from '../exceptions/ExceptionService';
import { applyWaivers } from '../posture/applyWaivers';
import { ProvenanceStore } from '../registration/ProvenanceStore';
import { StatementSigner } from '../signing/Signer';
import { EvidenceService } from './EvidenceService';
import { EvidenceStore, StoredEvidence } from './EvidenceStore';
import { approvalStatement } from './approvalStatement';

/**
 * Signs the evidence of each approval: profile, risk, policy findings with
 * pack versions, the decisions and the app's provenance history (who
 * asserted each SBOM and secret scan), as an in-toto statement in a DSSE
 * envelope (Sigstore bundle format). Version 1 is signed when the approval
 * is decided; provenance recorded later is signed in a new version.
 */
export class DefaultEvidenceService implements EvidenceService {
  constructor(
    private readonly options: {
      store: EvidenceStore;
      appRegistry: AppRegistryStore;
      exceptions: Pick<ExceptionService, 'activeWaivers'>;
      provenance: ProvenanceStore;
      signer: StatementSigner;
      /** Stores a bundle and its audit event in one transaction. */
      transaction: GovernanceTransaction;
      now?: () => Date;
    },
  ) {}

  async signForApproval(approval: ApprovalRequest): Promise<void> {
    if (approval.status !== 'approved' && approval.status !== 'auto-approved')
      return;
    const { entityRef } = approval;
    const [newest, provenance] = await Promise.all([
      this.options.store.newestVersion(approval.id),
      this.options.provenance.history(entityRef),
    ]);
    if (newest && newest.provenanceRecords >= provenance.length) return;
    // What the reviewers saw: the posture stored by the evaluation that
    // opened the request (a changed posture opens a new request), with the
    // exceptions in force now.
    const app = await this.options.appRegistry.getApp(entityRef);
    const { profile, risk, policy } = app?.posture ?? {};
    if (!app?.profileHash || !profile || !risk || !policy) {
      throw new Error(
        `Cannot sign evidence of approval ${approval.id}: ${entityRef} has no stored evaluation`,
      );
    }
    const version = (newest?.version ?? 0) + 1;
    const now = this.options.now?.() ?? new Date();
    const bundle = await this.options.signer.sign(
      approvalStatement({
        entityRef,
        profileHash: app.profileHash,
        generatedAt: now,
        version,
        supersedes: newest?.id,
        approval,
        profile,
        risk,
        policy: applyWaivers(
          policy,
          await this.options.exceptions.activeWaivers(entityRef),
        ),
        provenance,
      }),
    );
    // Signed before the transaction, which holds only the two writes.
    await this.options.transaction(async ({ evidence, auditLog }) => {
      const stored = await evidence.insert({
        entityRef,
        approvalId: approval.id,
        version,
        provenanceRecords: provenance.length,
        bundle,
        createdAt: now,
      });
      // Another instance signed this version first, and audited it.
      if (!stored) return;
      await auditLog.append({
        actor: 'service:governance',
        action: 'evidence.created',
        entityRef,
        occurredAt: now,
        payload: {
          approvalId: approval.id,
          version,
          keyId: this.options.signer.keyId,
        },
      });
    });
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
