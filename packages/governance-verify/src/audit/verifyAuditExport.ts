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
import fs from 'node:fs';
import readline from 'node:readline';
import {
  AUDIT_EXPORT_FORMAT,
  AUDIT_GENESIS_HASH,
  AuditExportLine,
  BundleVerification,
  ChainedAuditEvent,
  findAuditChainBreak,
  findCheckpointSignatureBreak,
} from '@guardrails/plugin-governance-node/audit';
import {
  ExportedCheckpoint,
  Problem,
  checkWitnessFiles,
  compareWithWitness,
} from './checkWitness';
import { WitnessContents } from './readWitness';

/** What verify-audit found. */
export interface AuditExportVerification {
  valid: boolean;
  /** The problem at the lowest event or checkpoint number. */
  firstBroken?: Problem;
  problems: Problem[];
  exportedAt?: string;
  head?: { seq: number; hash: string };
  /** Events read that continue the chain. */
  events: number;
  /** The last event the checks vouch for (0 when none). */
  verifiedUpTo: number;
  checkpoints: { checked: number; keyIds: string[]; newest?: number };
  witness?: {
    kind: string;
    location: string;
    checked: number;
    newest?: number;
  };
  /** Events after the newest (witnessed, when a witness is given) checkpoint. */
  uncoveredEvents: number;
  warnings: string[];
}

/** The state of one pass over the export. */
class Pass {
  line = 0;
  header?: Extract<AuditExportLine, { type: 'header' }>;
  end?: Extract<AuditExportLine, { type: 'end' }>;
  checkpoints = new Map<number, ExportedCheckpoint>();
  /** Hashes signed by a valid checkpoint of the export, by event number. */
  signed = new Map<number, string>();
  prevHash = AUDIT_GENESIS_HASH;
  lastSeq = 0;
  lastCheckpoint = 0;
  inEvents = false;
  problems: Problem[] = [];
  /** Set when the chain breaks: what follows is not checked. */
  stopped = false;

  constructor(
    private readonly verify: (bundle: unknown) => BundleVerification,
    private readonly witnessed: Map<number, string>,
  ) {}

  private fail(seq: number, reason: string) {
    this.problems.push({ seq, reason });
  }

  private stop(seq: number, reason: string) {
    this.fail(seq, reason);
    this.stopped = true;
  }

  read(text: string) {
    this.line++;
    if (text.trim() === '') return;
    const expected = this.lastSeq + 1;
    let parsed: AuditExportLine;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.stop(expected, `line ${this.line} is not JSON`);
      return;
    }
    if (this.end) {
      this.stop(expected, `line ${this.line} comes after the end line`);
    } else if (this.line === 1) {
      if (parsed?.type !== 'header' || parsed.format !== AUDIT_EXPORT_FORMAT) {
        this.stop(0, `the file is not a ${AUDIT_EXPORT_FORMAT} export`);
      } else {
        this.header = parsed;
      }
    } else if (parsed?.type === 'checkpoint') {
      this.checkpoint(parsed);
    } else if (parsed?.type === 'event') {
      this.inEvents = true;
      this.event(parsed, expected);
    } else if (parsed?.type === 'end') {
      this.end = parsed;
    } else {
      this.stop(
        expected,
        `line ${this.line} is neither an event nor a checkpoint`,
      );
    }
  }

  private checkpoint(checkpoint: ExportedCheckpoint) {
    const { seq } = checkpoint;
    if (this.inEvents) {
      this.fail(seq, `checkpoint ${seq} comes after the events`);
      return;
    }
    const verification = this.verify(checkpoint.bundle);
    const broken =
      typeof seq !== 'number' || seq <= this.lastCheckpoint
        ? 'the checkpoints are out of order'
        : findCheckpointSignatureBreak(checkpoint, verification);
    if (broken) {
      this.fail(Number(seq) || 0, `checkpoint ${seq}: ${broken}`);
      return;
    }
    this.lastCheckpoint = seq;
    this.checkpoints.set(seq, { ...checkpoint, keyId: verification.keyId });
    this.signed.set(seq, checkpoint.hash);
  }

  private event(event: ChainedAuditEvent, expected: number) {
    const broken = findAuditChainBreak(event, this.prevHash, expected);
    if (broken) {
      const moved =
        event.seq !== expected
          ? ` (line ${this.line} holds event ${event.seq})`
          : '';
      this.stop(expected, `${broken}${moved}`);
      return;
    }
    const signed = this.signed.get(event.seq);
    if (signed !== undefined && signed !== event.hash) {
      this.stop(
        event.seq,
        `its hash differs from the one checkpoint ${event.seq} signed: the chain was rewritten`,
      );
      return;
    }
    const witnessed = this.witnessed.get(event.seq);
    if (witnessed !== undefined && witnessed !== event.hash) {
      this.stop(
        event.seq,
        `its hash differs from the one the witness holds for checkpoint ${event.seq}: the chain was rewritten`,
      );
      return;
    }
    this.prevHash = event.hash;
    this.lastSeq = event.seq;
  }

  /** The checks that need the whole file. */
  finish() {
    if (this.stopped) return;
    const { header, end, lastSeq } = this;
    if (!end) {
      this.fail(
        lastSeq + 1,
        'the export has no end line: the file was cut short',
      );
    } else if (
      end.events !== lastSeq ||
      end.checkpoints !== this.checkpoints.size
    ) {
      this.fail(
        lastSeq + 1,
        `the end line counts ${end.events} events and ${end.checkpoints} checkpoints, the export holds ${lastSeq} and ${this.checkpoints.size}`,
      );
    }
    if (
      header &&
      (header.head.seq !== lastSeq || header.head.hash !== this.prevHash)
    ) {
      this.fail(
        Math.min(header.head.seq, lastSeq) + 1,
        `the export ends at event ${lastSeq}, but its header records the head at event ${header.head.seq}`,
      );
    }
    for (const seq of this.checkpoints.keys()) {
      if (seq > lastSeq) {
        this.fail(
          seq,
          `checkpoint ${seq} signs event ${seq}, but the export ends at event ${lastSeq}: the tail was truncated`,
        );
      }
    }
  }
}

/**
 * Verifies an audit export line by line, holding only the checkpoints
 * (few) and the previous event's hash: the hash chain from the genesis
 * hash, every checkpoint's signature with the published keys, every event
 * a checkpoint or the witness signed against that hash, the header's head
 * and the end line; with a witness, also that the export and the witness
 * hold the same checkpoints.
 */
export async function verifyAuditExport(options: {
  file: string;
  verify: (bundle: unknown) => BundleVerification;
  witness?: WitnessContents;
}): Promise<AuditExportVerification> {
  const { verify, witness } = options;
  const problems: Problem[] = [];
  const witnessed = witness
    ? checkWitnessFiles(witness, verify, problems)
    : new Map<number, string>();
  const pass = new Pass(verify, witnessed);
  const input = fs.createReadStream(options.file);
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const text of lines) {
    pass.read(text);
    if (pass.stopped) break;
  }
  lines.close();
  input.destroy();
  pass.finish();
  problems.push(...pass.problems);
  if (witness && !pass.stopped) {
    compareWithWitness({
      witness,
      witnessed,
      checkpoints: pass.checkpoints,
      lastSeq: pass.lastSeq,
      problems,
    });
  }

  const newestCheckpoint = [...pass.checkpoints.keys()].at(-1);
  const newestWitnessed = [...witnessed.keys()].at(-1);
  const coveredUpTo = (witness ? newestWitnessed : newestCheckpoint) ?? 0;
  const warnings: string[] = [];
  if (!witness) {
    warnings.push(
      'No witness given (--witness): the checkpoints are checked against the export only, so deleting them with the tail of the log goes unnoticed',
    );
  }
  if (pass.checkpoints.size === 0) {
    warnings.push(
      'The export has no signed checkpoint: nothing shows the chain was not rewritten with fresh hashes',
    );
  }
  const sorted = [...problems].sort((a, b) => a.seq - b.seq);
  const valid = sorted.length === 0;
  // A broken chain vouches up to the event before the break.
  const chainBreak = pass.stopped ? pass.problems.at(-1)?.seq : undefined;
  let verifiedUpTo = 0;
  if (valid) verifiedUpTo = pass.lastSeq;
  else if (chainBreak !== undefined && sorted[0].seq === chainBreak) {
    verifiedUpTo = Math.max(0, chainBreak - 1);
  }
  return {
    valid,
    ...(sorted[0] && { firstBroken: sorted[0] }),
    problems: sorted,
    exportedAt: pass.header?.exportedAt,
    head: pass.header?.head,
    events: pass.lastSeq,
    verifiedUpTo,
    checkpoints: {
      checked: pass.checkpoints.size,
      keyIds: [
        ...new Set([...pass.checkpoints.values()].map(c => c.keyId ?? '')),
      ],
      newest: newestCheckpoint,
    },
    ...(witness && {
      witness: {
        kind: witness.kind,
        location: witness.location,
        checked: witness.checkpoints.length,
        newest: newestWitnessed,
      },
    }),
    uncoveredEvents: Math.max(0, pass.lastSeq - coveredUpTo),
    warnings,
  };
}
