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

/**
 * A signed checkpoint of the audit chain's tip, as the database, the
 * witness and the export keep it.
 *
 * @public
 */
export interface AuditCheckpointRecord {
  seq: number;
  hash: string;
  signedAt: string;
  /** The Sigstore bundle of the signed checkpoint statement. */
  bundle: unknown;
}

/**
 * The predicate type of a checkpoint's in-toto statement.
 *
 * @public
 */
export const AUDIT_CHECKPOINT_PREDICATE_TYPE =
  'https://guardrails.dev/audit-checkpoint/v1';

/**
 * The in-toto statement a checkpoint signs: the tip's number and hash.
 *
 * @public
 */
export function auditCheckpointStatement(tip: {
  seq: number;
  hash: string;
  signedAt: string;
}) {
  return {
    _type: 'https://in-toto.io/Statement/v1' as const,
    subject: [{ name: 'governance-audit-log', digest: { sha256: tip.hash } }],
    predicateType: AUDIT_CHECKPOINT_PREDICATE_TYPE,
    predicate: { seq: tip.seq, hash: tip.hash, signedAt: tip.signedAt },
  };
}

/** The witness's file name of a checkpoint: its number, zero-padded. */
const fileName = (seq: number) => `${String(seq).padStart(20, '0')}.json`;

const FILE = /^\d{20}\.json$/;

/**
 * How a witness lays out checkpoints: one file per checkpoint, named by its
 * zero-padded number (in a git witness, under `checkpoints/`), holding
 * stable JSON.
 *
 * @public
 */
export const auditWitnessFiles = {
  /** The folder of a git witness's checkpoint files. */
  gitDirectory: 'checkpoints',
  fileName,
  isCheckpointFile: (name: string) => FILE.test(name),
  content: (checkpoint: AuditCheckpointRecord) =>
    `${JSON.stringify(
      {
        seq: checkpoint.seq,
        hash: checkpoint.hash,
        signedAt: checkpoint.signedAt,
        bundle: checkpoint.bundle,
      },
      null,
      2,
    )}\n`,
};
