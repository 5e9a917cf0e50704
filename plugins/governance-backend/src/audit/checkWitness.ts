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
import { findCheckpointSignatureBreak } from '@guardrails/plugin-governance-node/audit';
import { StatementSigner } from '../signing/Signer';
import { AuditCheckpoint, AuditLogStore } from './AuditLogStore';
import { CheckpointSummary, WitnessVerification } from './AuditService';
import { AuditWitness, WitnessedCheckpoint } from './AuditWitness';

/** A checkpoint with its age at `now` and the key that signed it. */
export function summarise(
  checkpoint: AuditCheckpoint | WitnessedCheckpoint,
  signer: StatementSigner,
  now: Date,
): CheckpointSummary {
  return {
    seq: checkpoint.seq,
    hash: checkpoint.hash,
    signedAt: checkpoint.signedAt,
    keyId: signer.verify(checkpoint.bundle).keyId,
    ageSeconds: Math.max(
      0,
      Math.round((now.getTime() - Date.parse(checkpoint.signedAt)) / 1000),
    ),
  };
}

/** Why one witnessed checkpoint does not hold against the log, if it does not. */
async function findWitnessBreak(
  witnessed: WitnessedCheckpoint,
  options: {
    signer: StatementSigner;
    auditLog: AuditLogStore;
    stored: Map<number, AuditCheckpoint>;
    head: { seq: number };
  },
): Promise<string | undefined> {
  const broken = findCheckpointSignatureBreak(
    witnessed,
    options.signer.verify(witnessed.bundle),
  );
  if (broken) return broken;
  if (options.head.seq < witnessed.seq) {
    return `the log ends at event ${options.head.seq}, but the witness holds a checkpoint of event ${witnessed.seq}: the tail was truncated`;
  }
  const hash = await options.auditLog.hashOf(witnessed.seq);
  if (hash === undefined) return `event ${witnessed.seq} is missing`;
  if (hash !== witnessed.hash) {
    return `event ${witnessed.seq} no longer has the hash the witness holds: the chain was rewritten`;
  }
  const stored = options.stored.get(witnessed.seq);
  if (!stored) {
    return `the witness holds checkpoint ${witnessed.seq}, the database does not: it was deleted`;
  }
  if (stored.hash !== witnessed.hash) {
    return `checkpoint ${witnessed.seq} in the database differs from the witness's`;
  }
  return undefined;
}

/**
 * Checks every checkpoint the witness holds against the log (signature,
 * event hash, the database's copy), and that every checkpoint the database
 * says was witnessed is still in the witness (a rewound git branch or a
 * deleted file).
 */
export async function checkWitness(options: {
  witness?: AuditWitness;
  signer: StatementSigner;
  auditLog: AuditLogStore;
  checkpoints: AuditCheckpoint[];
  head: { seq: number };
  now: Date;
}): Promise<WitnessVerification> {
  const { witness, signer, now } = options;
  if (!witness) return { configured: false, checked: 0, valid: true };
  const base = {
    configured: true,
    kind: witness.kind,
    location: witness.location,
  };
  let witnessed: WitnessedCheckpoint[];
  try {
    witnessed = await witness.list();
  } catch (error) {
    return {
      ...base,
      checked: 0,
      valid: false,
      firstBroken: { seq: 0, reason: `the witness cannot be read: ${error}` },
    };
  }
  const newest = witnessed.at(-1);
  const result = {
    ...base,
    checked: witnessed.length,
    ...(newest && { newest: summarise(newest, signer, now) }),
  };
  const stored = new Map(options.checkpoints.map(c => [c.seq, c]));
  let previous = 0;
  for (const checkpoint of witnessed) {
    const reason =
      checkpoint.seq <= previous
        ? 'the witness holds its checkpoints out of order'
        : await findWitnessBreak(checkpoint, { ...options, stored });
    if (reason) {
      return {
        ...result,
        valid: false,
        firstBroken: { seq: checkpoint.seq, reason },
      };
    }
    previous = checkpoint.seq;
  }
  const held = new Set(witnessed.map(c => c.seq));
  const lost = options.checkpoints.find(c => c.witnessedAt && !held.has(c.seq));
  if (lost) {
    return {
      ...result,
      valid: false,
      firstBroken: {
        seq: lost.seq,
        reason: `checkpoint ${lost.seq} was witnessed at ${lost.witnessedAt}, but the witness no longer holds it`,
      },
    };
  }
  return { ...result, valid: true };
}
