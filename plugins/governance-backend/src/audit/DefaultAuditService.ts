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
import { StatementSigner } from '../signing/Signer';
import { AuditLogStore } from './AuditLogStore';
import {
  AuditEventQuery,
  AuditLogVerification,
  AuditService,
} from './AuditService';

/**
 * Exports and verifies the audit log, and signs the tip of its chain from
 * time to time, so that rewriting the whole chain (recomputing every hash)
 * is detected too: the signed hash of an earlier tip would no longer match.
 */
export class DefaultAuditService implements AuditService {
  constructor(
    private readonly options: {
      auditLog: AuditLogStore;
      signer: StatementSigner;
      now?: () => Date;
    },
  ) {}

  listEvents(query: AuditEventQuery) {
    return this.options.auditLog.list(query);
  }

  async checkpoint(): Promise<number | undefined> {
    const { auditLog, signer } = this.options;
    const head = await auditLog.head();
    const last = (await auditLog.listCheckpoints()).at(-1);
    if (head.seq === 0 || last?.seq === head.seq) return undefined;
    const signedAt = (this.options.now?.() ?? new Date()).toISOString();
    const bundle = await signer.sign({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [
        { name: 'governance-audit-log', digest: { sha256: head.hash } },
      ],
      predicateType: 'https://guardrails.dev/audit-checkpoint/v1',
      predicate: { seq: head.seq, hash: head.hash, signedAt },
    });
    await auditLog.addCheckpoint({
      seq: head.seq,
      hash: head.hash,
      signedAt,
      bundle,
    });
    return head.seq;
  }

  async verify(): Promise<AuditLogVerification> {
    const { auditLog, signer } = this.options;
    const chain = await auditLog.verify();
    const checkpoints = await auditLog.listCheckpoints();
    for (const checkpoint of checkpoints) {
      const signature = signer.verify(checkpoint.bundle);
      const signedHash = (
        signature.statement?.predicate as { hash?: string } | undefined
      )?.hash;
      let reason: string | undefined;
      if (!signature.valid)
        reason = `its signature does not hold: ${signature.reason}`;
      else if (signedHash !== checkpoint.hash)
        reason = 'its stored hash differs from the signed one';
      else if ((await auditLog.hashOf(checkpoint.seq)) !== checkpoint.hash) {
        reason = `event ${checkpoint.seq} no longer has the hash that was signed`;
      }
      if (reason) {
        return {
          ...chain,
          valid: false,
          checkpoints: {
            checked: checkpoints.length,
            valid: false,
            firstBroken: { seq: checkpoint.seq, reason },
          },
        };
      }
    }
    return {
      ...chain,
      checkpoints: { checked: checkpoints.length, valid: true },
    };
  }
}
