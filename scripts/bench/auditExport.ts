/*
 * Copyright <%= YEAR %> The Guardrails Authors
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

// Writes an audit export of BENCH_AUDIT_EVENTS chained events (default
// 1,000,000), a signed checkpoint every BENCH_AUDIT_CHECKPOINT_EVERY events,
// and its keys file, for the audit-verify phase (scripts/bench/auditVerify.mjs).
// Usage: node --require @backstage/cli-node/config/nodeTransform.cjs
//   scripts/bench/auditExport.ts <export.ndjson> <keys.json> <witness dir>
import { createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import {
  AUDIT_EXPORT_FORMAT,
  AUDIT_GENESIS_HASH,
  auditCheckpointStatement,
  auditWitnessFiles,
  hashAuditEvent,
} from '@guardrails/plugin-governance-node/audit';
import { bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder } from '@sigstore/sign';

const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const EVERY = Number(process.env.BENCH_AUDIT_CHECKPOINT_EVERY ?? 10_000);
const KEY_ID = 'guardrails-bench';
const T0 = Date.UTC(2026, 0, 1);
const ACTIONS = [
  'exception.requested',
  'exception.granted',
  'approval.decided',
];

const privateKey = generateKeyPairSync('ed25519').privateKey;
const publicKeyPem = createPublicKey(privateKey)
  .export({ type: 'spki', format: 'pem' })
  .toString();

/** Event `seq`, the same on both passes. */
const eventOf = (seq: number) => ({
  seq,
  eventId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  occurredAt: new Date(T0 + seq * 1000).toISOString(),
  actor: `user:default/user-${seq % 50}`,
  action: ACTIONS[seq % ACTIONS.length],
  entityRef: `component:default/app-${seq % 10_000}`,
  payload: { justification: 'Needed for the quarterly close', days: seq % 14 },
});

/** Signs as the backend's SigstoreStatementSigner does (DSSE, in-toto). */
async function signCheckpoint(tip: {
  seq: number;
  hash: string;
  signedAt: string;
}) {
  const bundle = await new DSSEBundleBuilder({
    witnesses: [],
    signer: {
      sign: async data => ({
        signature: sign(null, data, privateKey),
        key: { $case: 'publicKey', publicKey: publicKeyPem, hint: KEY_ID },
      }),
    },
  }).create({
    data: Buffer.from(JSON.stringify(auditCheckpointStatement(tip))),
    type: 'application/vnd.in-toto+json',
  });
  return bundleToJSON(bundle);
}

async function main() {
  const [exportFile, keysFile, witnessDir] = process.argv.slice(2);
  fs.mkdirSync(witnessDir, { recursive: true });
  // Pass 1: the chain's hashes at the checkpoints (they precede the events).
  const tips: Array<{ seq: number; hash: string }> = [];
  let prevHash = AUDIT_GENESIS_HASH;
  for (let seq = 1; seq <= EVENTS; seq++) {
    prevHash = hashAuditEvent(prevHash, eventOf(seq));
    if (seq % EVERY === 0) tips.push({ seq, hash: prevHash });
  }
  const head = { seq: EVENTS, hash: prevHash };
  const out = fs.createWriteStream(exportFile);
  const write = async (line: object) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  await write({
    type: 'header',
    format: AUDIT_EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    head,
  });
  for (const tip of tips) {
    const signedAt = new Date(T0 + tip.seq * 1000 + 500).toISOString();
    const bundle = await signCheckpoint({ ...tip, signedAt });
    fs.writeFileSync(
      path.join(witnessDir, auditWitnessFiles.fileName(tip.seq)),
      auditWitnessFiles.content({ ...tip, signedAt, bundle }),
    );
    await write({
      type: 'checkpoint',
      ...tip,
      signedAt,
      bundle,
      witnessedAt: signedAt,
    });
  }
  // Pass 2: the events.
  prevHash = AUDIT_GENESIS_HASH;
  for (let seq = 1; seq <= EVENTS; seq++) {
    const event = eventOf(seq);
    const hash = hashAuditEvent(prevHash, event);
    await write({ type: 'event', ...event, prevHash, hash });
    prevHash = hash;
  }
  await write({ type: 'end', events: EVENTS, checkpoints: tips.length });
  out.end();
  await once(out, 'finish');
  fs.writeFileSync(
    keysFile,
    JSON.stringify({
      keys: [
        { keyId: KEY_ID, status: 'active', algorithm: 'Ed25519', publicKeyPem },
      ],
    }),
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
