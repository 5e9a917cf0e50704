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
import { KeyObject, createPublicKey, sign } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  AUDIT_EXPORT_FORMAT,
  AUDIT_GENESIS_HASH,
  AuditExportLine,
  SignedStatement,
  auditCheckpointStatement,
  auditWitnessFiles,
  hashAuditEvent,
} from '@guardrails/plugin-governance-node/audit';
import { bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder } from '@sigstore/sign';

const T0 = Date.UTC(2026, 11, 3, 10, 0, 0);

/** Signs a statement into a Sigstore bundle as the backend's signer does. */
export async function signStatement(
  statement: SignedStatement | ReturnType<typeof auditCheckpointStatement>,
  privateKey: KeyObject,
  keyId: string,
) {
  const publicKey = createPublicKey(privateKey)
    .export({ type: 'spki', format: 'pem' })
    .toString();
  const bundle = await new DSSEBundleBuilder({
    witnesses: [],
    signer: {
      sign: async data => ({
        signature: sign(null, data, privateKey),
        key: { $case: 'publicKey', publicKey, hint: keyId },
      }),
    },
  }).create({
    data: Buffer.from(JSON.stringify(statement)),
    type: 'application/vnd.in-toto+json',
  });
  return bundleToJSON(bundle) as unknown as Record<string, unknown>;
}

/** The keys file as GET /keys answers it. */
export function keysFile(
  keys: Array<{ keyId: string; privateKey: KeyObject }>,
) {
  return {
    keys: keys.map(({ keyId, privateKey }, i) => ({
      keyId,
      status: i === 0 ? 'active' : 'retired',
      algorithm: 'Ed25519',
      publicKeyPem: createPublicKey(privateKey)
        .export({ type: 'spki', format: 'pem' })
        .toString(),
    })),
  };
}

/**
 * The lines of an export of `events` events with signed checkpoints at
 * `checkpointsAt`, each marked witnessed.
 */
export async function makeExportLines(options: {
  events: number;
  checkpointsAt: number[];
  privateKey: KeyObject;
  keyId: string;
}): Promise<AuditExportLine[]> {
  const events: AuditExportLine[] = [];
  let prevHash = AUDIT_GENESIS_HASH;
  for (let seq = 1; seq <= options.events; seq++) {
    const event = {
      seq,
      eventId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
      occurredAt: new Date(T0 + seq * 1000).toISOString(),
      actor: 'user:default/erin',
      action: 'exception.granted',
      entityRef: 'component:default/crm-record-updater',
      payload: { n: seq },
    };
    const hash = hashAuditEvent(prevHash, event);
    events.push({ type: 'event', ...event, prevHash, hash });
    prevHash = hash;
  }
  const hashOf = (seq: number) =>
    (events[seq - 1] as Extract<AuditExportLine, { type: 'event' }>).hash;
  const checkpoints: AuditExportLine[] = [];
  for (const seq of options.checkpointsAt) {
    const signedAt = new Date(T0 + seq * 1000 + 500).toISOString();
    const tip = { seq, hash: hashOf(seq), signedAt };
    checkpoints.push({
      type: 'checkpoint',
      ...tip,
      bundle: await signStatement(
        auditCheckpointStatement(tip),
        options.privateKey,
        options.keyId,
      ),
      witnessedAt: signedAt,
    });
  }
  return [
    {
      type: 'header',
      format: AUDIT_EXPORT_FORMAT,
      exportedAt: new Date(T0 + 3600_000).toISOString(),
      head: { seq: options.events, hash: prevHash },
    },
    ...checkpoints,
    ...events,
    { type: 'end', events: options.events, checkpoints: checkpoints.length },
  ];
}

/** Writes lines as NDJSON. */
export function writeLines(file: string, lines: unknown[]) {
  fs.writeFileSync(file, lines.map(l => `${JSON.stringify(l)}\n`).join(''));
}

/** Writes the export's checkpoints as a directory witness. */
export function writeWitnessDirectory(dir: string, lines: AuditExportLine[]) {
  fs.mkdirSync(dir, { recursive: true });
  for (const line of lines) {
    if (line.type !== 'checkpoint') continue;
    fs.writeFileSync(
      path.join(dir, auditWitnessFiles.fileName(line.seq)),
      auditWitnessFiles.content(line),
    );
  }
}
