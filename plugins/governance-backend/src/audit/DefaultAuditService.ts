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
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  AUDIT_EXPORT_FORMAT,
  AuditExportLine,
  auditCheckpointStatement,
  findCheckpointSignatureBreak,
} from '@guardrails/plugin-governance-node/audit';
import { StatementSigner } from '../signing/Signer';
import { AuditCheckpoint, AuditLogStore } from './AuditLogStore';
import {
  AuditEventQuery,
  AuditLogVerification,
  AuditLogVerificationReport,
  AuditService,
} from './AuditService';
import { AuditWitness } from './AuditWitness';
import { AuditCompleteness } from './DatabaseAuditCompleteness';
import { checkWitness, summarise } from './checkWitness';

/** Events read from the database at a time for an export. */
const EXPORT_PAGE = 1000;

/** How old an uncovered event may get before verify warns, by default. */
export const DEFAULT_UNCOVERED_BOUND_MINUTES = 15;

/**
 * Exports and verifies the audit log, and signs the tip of its chain from
 * time to time (a checkpoint), so that rewriting the whole chain
 * (recomputing every hash) is detected too: the signed hash of an earlier
 * tip would no longer match. Each checkpoint is also published to a
 * witness outside the database, so that deleting checkpoints or the tail
 * of the log along with them is detected as well.
 */
export class DefaultAuditService implements AuditService {
  constructor(
    private readonly options: {
      auditLog: AuditLogStore;
      signer: StatementSigner;
      witness?: AuditWitness;
      /** Checks that every recorded change has its event. */
      completeness?: { check(): Promise<AuditCompleteness> };
      uncoveredBoundMinutes?: number;
      logger?: LoggerService;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.options.now?.() ?? new Date();
  }

  listEvents(query: AuditEventQuery) {
    return this.options.auditLog.list(query);
  }

  async *exportLog(): AsyncGenerator<AuditExportLine> {
    const { auditLog } = this.options;
    // Events up to the head read now; later appends are not in this export.
    const head = await auditLog.head();
    yield {
      type: 'header',
      format: AUDIT_EXPORT_FORMAT,
      exportedAt: this.now().toISOString(),
      head,
    };
    const checkpoints = (await auditLog.listCheckpoints()).filter(
      c => c.seq <= head.seq,
    );
    for (const checkpoint of checkpoints) {
      yield { type: 'checkpoint', ...checkpoint };
    }
    let afterSeq = 0;
    let events = 0;
    for (;;) {
      const page = await auditLog.page({
        afterSeq,
        upToSeq: head.seq,
        limit: EXPORT_PAGE,
      });
      for (const event of page) yield { type: 'event', ...event };
      events += page.length;
      if (page.length < EXPORT_PAGE) break;
      afterSeq = page[page.length - 1].seq;
    }
    yield { type: 'end', events, checkpoints: checkpoints.length };
  }

  async checkpoint(): Promise<number | undefined> {
    const { auditLog, signer } = this.options;
    const head = await auditLog.head();
    const last = (await auditLog.listCheckpoints()).at(-1);
    let signed: number | undefined;
    if (head.seq > 0 && last?.seq !== head.seq) {
      const signedAt = this.now().toISOString();
      const bundle = await signer.sign(
        auditCheckpointStatement({ ...head, signedAt }),
      );
      await auditLog.addCheckpoint({
        seq: head.seq,
        hash: head.hash,
        signedAt,
        bundle,
      });
      signed = head.seq;
    }
    await this.publishUnwitnessed();
    return signed;
  }

  /** Publishes, oldest first, every checkpoint the witness has not accepted. */
  private async publishUnwitnessed() {
    const { auditLog, witness } = this.options;
    if (!witness) return;
    for (const checkpoint of await auditLog.listCheckpoints()) {
      if (checkpoint.witnessedAt) continue;
      await witness.publish(checkpoint);
      await auditLog.markWitnessed(checkpoint.seq, this.now());
    }
  }

  private async verifyCheckpoints(
    checkpoints: AuditCheckpoint[],
  ): Promise<AuditLogVerification['checkpoints']> {
    const { auditLog, signer } = this.options;
    for (const checkpoint of checkpoints) {
      let reason = findCheckpointSignatureBreak(
        checkpoint,
        signer.verify(checkpoint.bundle),
      );
      if (
        !reason &&
        (await auditLog.hashOf(checkpoint.seq)) !== checkpoint.hash
      ) {
        reason = `event ${checkpoint.seq} no longer has the hash that was signed`;
      }
      if (reason) {
        return {
          checked: checkpoints.length,
          valid: false,
          firstBroken: { seq: checkpoint.seq, reason },
        };
      }
    }
    return { checked: checkpoints.length, valid: true };
  }

  async verify(): Promise<AuditLogVerificationReport> {
    const { auditLog, signer, witness } = this.options;
    const bound =
      this.options.uncoveredBoundMinutes ?? DEFAULT_UNCOVERED_BOUND_MINUTES;
    const now = this.now();
    const chain = await auditLog.verify();
    const head = await auditLog.head();
    const checkpoints = await auditLog.listCheckpoints();
    const checkpointCheck = await this.verifyCheckpoints(checkpoints);
    const witnessCheck = await checkWitness({
      witness,
      signer,
      auditLog,
      checkpoints,
      head,
      now,
    });
    const newestStored = checkpoints.at(-1);
    const coveredUpTo = witness
      ? witnessCheck.newest?.seq ?? 0
      : newestStored?.seq ?? 0;
    const uncoveredEvents = Math.max(0, head.seq - coveredUpTo);
    const oldestUncoveredAt =
      uncoveredEvents > 0
        ? await auditLog.occurredAt(coveredUpTo + 1)
        : undefined;

    const warnings: string[] = [];
    if (!witness) {
      warnings.push(
        'No witness is configured (governance.audit.witness): the checkpoints live only in the database, so deleting them with the tail of the log goes unnoticed',
      );
    }
    if (
      oldestUncoveredAt &&
      now.getTime() - Date.parse(oldestUncoveredAt) > bound * 60_000
    ) {
      const minutes = Math.floor(
        (now.getTime() - Date.parse(oldestUncoveredAt)) / 60_000,
      );
      warnings.push(
        `${uncoveredEvents} events are not covered by a ${
          witness ? 'witnessed ' : ''
        }checkpoint; the oldest is ${minutes} minutes old (bound ${bound} minutes)`,
      );
    }
    const unwitnessed = witness
      ? checkpoints.filter(c => !c.witnessedAt).length
      : 0;
    if (unwitnessed > 0) {
      warnings.push(`${unwitnessed} checkpoints are not in the witness yet`);
    }
    const completeness = await this.options.completeness?.check();
    if (completeness && !completeness.complete) {
      warnings.push(
        `${completeness.missingEvents} changes recorded in the governance tables have no audit event`,
      );
    }
    const valid = chain.valid && checkpointCheck.valid && witnessCheck.valid;
    // A broken chain vouches up to the event before the break; a broken
    // checkpoint or witness leaves nothing vouched for.
    let verifiedUpTo = 0;
    if (valid) verifiedUpTo = head.seq;
    else if (!chain.valid) verifiedUpTo = (chain.firstBroken?.seq ?? 1) - 1;
    return {
      ...chain,
      // An incomplete log vouches for the events it holds, not for itself.
      valid: valid && (completeness?.complete ?? true),
      checkpoints: checkpointCheck,
      head,
      verifiedUpTo,
      ...(newestStored && {
        newestCheckpoint: summarise(newestStored, signer, now),
      }),
      witness: witnessCheck,
      uncoveredEvents,
      ...(oldestUncoveredAt && { oldestUncoveredAt }),
      uncoveredBoundMinutes: bound,
      warnings,
      ...(completeness && { completeness }),
    };
  }
}
