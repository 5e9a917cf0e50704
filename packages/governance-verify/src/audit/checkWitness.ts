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
  AuditCheckpointRecord,
  BundleVerification,
  findCheckpointSignatureBreak,
} from '@guardrails/plugin-governance-node/audit';
import { WitnessContents } from './readWitness';

/** A problem found, at an event or checkpoint number. */
export interface Problem {
  seq: number;
  reason: string;
}

/** A checkpoint as the export lists it. */
export interface ExportedCheckpoint extends AuditCheckpointRecord {
  witnessedAt?: string;
  keyId?: string;
}

/**
 * Checks the witness on its own (readable files, signatures, order) and
 * returns the hashes it vouches for, by event number.
 */
export function checkWitnessFiles(
  witness: WitnessContents,
  verify: (bundle: unknown) => BundleVerification,
  problems: Problem[],
): Map<number, string> {
  for (const { file, reason } of witness.unreadable) {
    problems.push({
      seq: Number(file.slice(0, 20)),
      reason: `the witness file ${file} is not a checkpoint: ${reason}`,
    });
  }
  const hashes = new Map<number, string>();
  let previous = 0;
  for (const checkpoint of witness.checkpoints) {
    const broken =
      checkpoint.seq <= previous
        ? 'the witness holds its checkpoints out of order'
        : findCheckpointSignatureBreak(checkpoint, verify(checkpoint.bundle));
    if (broken) {
      problems.push({
        seq: checkpoint.seq,
        reason: `witnessed checkpoint ${checkpoint.seq}: ${broken}`,
      });
    } else {
      hashes.set(checkpoint.seq, checkpoint.hash);
    }
    previous = Math.max(previous, checkpoint.seq);
  }
  return hashes;
}

/**
 * The checks between the export's checkpoints and the witness's, once the
 * events are read: every witnessed checkpoint is in the export with the
 * same hash and within its events, and every checkpoint the export says
 * was witnessed is still in the witness.
 */
export function compareWithWitness(options: {
  witness: WitnessContents;
  witnessed: Map<number, string>;
  checkpoints: Map<number, ExportedCheckpoint>;
  lastSeq: number;
  problems: Problem[];
}) {
  const { witness, witnessed, checkpoints, lastSeq, problems } = options;
  for (const [seq, hash] of witnessed) {
    const exported = checkpoints.get(seq);
    if (seq > lastSeq) {
      problems.push({
        seq,
        reason: `the export ends at event ${lastSeq}, but the witness holds a checkpoint of event ${seq}: the tail was truncated`,
      });
    } else if (!exported) {
      problems.push({
        seq,
        reason: `the witness holds checkpoint ${seq}, the export does not: it was deleted`,
      });
    } else if (exported.hash !== hash) {
      problems.push({
        seq,
        reason: `checkpoint ${seq} in the export differs from the witness's`,
      });
    }
  }
  for (const checkpoint of checkpoints.values()) {
    if (checkpoint.witnessedAt && !witnessed.has(checkpoint.seq)) {
      problems.push({
        seq: checkpoint.seq,
        reason: `checkpoint ${checkpoint.seq} was witnessed at ${checkpoint.witnessedAt}, but the witness (${witness.location}) no longer holds it`,
      });
    }
  }
}
