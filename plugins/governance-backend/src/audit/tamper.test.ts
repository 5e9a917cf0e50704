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
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestDatabases } from '@backstage/backend-test-utils';
import { hashAuditEvent } from '@guardrails/plugin-governance-node/audit';
import { Knex } from 'knex';
import { migrateUp } from '../database/migrateDatabase';
import { SigstoreStatementSigner } from '../signing/SigstoreStatementSigner';
import { AuditWitness } from './AuditWitness';
import { DatabaseAuditLogStore } from './DatabaseAuditLogStore';
import { DefaultAuditService } from './DefaultAuditService';
import { DirectoryAuditWitness } from './DirectoryAuditWitness';
import { GitAuditWitness } from './GitAuditWitness';

jest.setTimeout(120_000);

const EVENTS = 'governance_audit_events';
const T0 = Date.UTC(2026, 11, 3, 10, 0, 0);
const signer = new SigstoreStatementSigner(
  generateKeyPairSync('ed25519').privateKey,
  'test-key',
);

type WitnessKind = 'directory' | 'git';

function makeWitness(kind: WitnessKind, dir: string) {
  if (kind === 'directory') {
    const witness = new DirectoryAuditWitness(path.join(dir, 'witness'));
    return {
      witness: witness as AuditWitness,
      dropNewest: () => {
        const files = fs.readdirSync(witness.location).sort();
        fs.rmSync(path.join(witness.location, files.at(-1)!), { force: true });
      },
    };
  }
  const bare = path.join(dir, 'witness.git');
  execFileSync('git', ['init', '--quiet', '--bare', bare]);
  return {
    witness: new GitAuditWitness({
      url: bare,
      workDir: path.join(dir, 'clone'),
    }),
    // The git host's operator rewinds the branch by one commit.
    dropNewest: () =>
      execFileSync('git', ['update-ref', 'refs/heads/main', 'main~1'], {
        cwd: bare,
      }),
  };
}

/** 6 events, checkpoint, 3 more, checkpoint, 2 uncovered. */
async function seed(knex: Knex, witness: AuditWitness, now: () => Date) {
  await migrateUp(knex);
  const auditLog = new DatabaseAuditLogStore(knex);
  const audit = new DefaultAuditService({ auditLog, signer, witness, now });
  const append = (n: number) =>
    auditLog.append({
      actor: 'user:default/erin',
      action: 'exception.granted',
      occurredAt: new Date(T0 + n * 1000),
      payload: { n },
    });
  for (let n = 1; n <= 6; n++) await append(n);
  await audit.checkpoint();
  for (let n = 7; n <= 9; n++) await append(n);
  await audit.checkpoint();
  for (let n = 10; n <= 11; n++) await append(n);
  return audit;
}

/** Recomputes every hash from the stored content, head included. */
async function rehash(knex: Knex) {
  let prev = '0'.repeat(64);
  for (const row of await knex(EVENTS).orderBy('seq')) {
    const hash = hashAuditEvent(prev, {
      seq: Number(row.seq),
      eventId: row.event_id,
      occurredAt: new Date(row.occurred_at).toISOString(),
      actor: row.actor,
      action: row.action,
      entityRef: row.entity_ref ?? undefined,
      payload: JSON.parse(row.payload),
    });
    await knex(EVENTS)
      .where({ seq: row.seq })
      .update({ prev_hash: prev, hash });
    prev = hash;
  }
  const last = await knex(EVENTS).max({ seq: 'seq' }).first();
  await knex('governance_audit_head')
    .where({ id: 1 })
    .update({ seq: Number(last?.seq ?? 0), hash: prev });
}

const TAMPERS: Array<
  [string, (knex: Knex, drop: () => void) => Promise<void>, RegExp]
> = [
  [
    'flips one byte of an event',
    async knex => {
      await knex(EVENTS).where({ seq: 3 }).update({ payload: '{"n":4}' });
    },
    /its content does not match its hash/,
  ],
  [
    'deletes one event',
    async knex => {
      await knex(EVENTS).where({ seq: 4 }).delete();
    },
    /event 4 is missing/,
  ],
  [
    'reorders two events',
    async knex => {
      await knex(EVENTS).where({ seq: 2 }).update({ seq: 1000 });
      await knex(EVENTS).where({ seq: 3 }).update({ seq: 2 });
      await knex(EVENTS).where({ seq: 1000 }).update({ seq: 3 });
    },
    /link to the previous event does not match/,
  ],
  [
    'truncates the tail with the checkpoints after it',
    async knex => {
      await knex(EVENTS).where('seq', '>', 5).delete();
      await knex('governance_audit_checkpoints').where('seq', '>', 5).delete();
      await rehash(knex);
    },
    /the tail was truncated/,
  ],
  [
    'rewrites the whole chain with fresh hashes and deletes every checkpoint',
    async knex => {
      await knex(EVENTS).where({ seq: 2 }).update({ payload: '{"n":200}' });
      await knex('governance_audit_checkpoints').delete();
      await rehash(knex);
    },
    /the chain was rewritten/,
  ],
  [
    'deletes checkpoints',
    async knex => {
      await knex('governance_audit_checkpoints').delete();
    },
    /the database does not: it was deleted/,
  ],
  [
    "deletes the witness's last checkpoint",
    async (_knex, drop) => {
      drop();
    },
    /the witness no longer holds it/,
  ],
];

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'audit tampering on %p',
  databaseId => {
    describe.each(['directory', 'git'] as WitnessKind[])(
      'with a %s witness',
      kind => {
        let dir: string;
        beforeEach(() => {
          dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-tamper-'));
        });
        afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

        it('verifies an untouched log and reports coverage, age and the uncovered bound', async () => {
          const knex = await databases.init(databaseId);
          let now = new Date(T0 + 60_000);
          const { witness } = makeWitness(kind, dir);
          const audit = await seed(knex, witness, () => now);
          expect(await audit.verify()).toMatchObject({
            valid: true,
            checkedEvents: 11,
            verifiedUpTo: 11,
            checkpoints: { checked: 2, valid: true },
            witness: {
              configured: true,
              kind,
              checked: 2,
              valid: true,
              newest: { seq: 9, keyId: 'test-key', ageSeconds: 0 },
            },
            uncoveredEvents: 2,
            oldestUncoveredAt: new Date(T0 + 10_000).toISOString(),
            warnings: [],
          });
          now = new Date(T0 + 20 * 60_000);
          const late = await audit.verify();
          expect(late.valid).toBe(true);
          expect(late.witness.newest?.ageSeconds).toBe(19 * 60);
          expect(late.warnings).toEqual([
            expect.stringMatching(
              /^2 events are not covered by a witnessed checkpoint; the oldest is 19 minutes old \(bound 15 minutes\)$/,
            ),
          ]);
          await knex.destroy();
        });

        it.each(TAMPERS)(
          'detects whoever %s',
          async (_name, tamper, reason) => {
            const knex = await databases.init(databaseId);
            const { witness, dropNewest } = makeWitness(kind, dir);
            const audit = await seed(
              knex,
              witness,
              () => new Date(T0 + 60_000),
            );
            expect((await audit.verify()).valid).toBe(true);
            await tamper(knex, dropNewest);
            const result = await audit.verify();
            expect(result.valid).toBe(false);
            const reasons = [
              result.firstBroken?.reason,
              result.checkpoints.firstBroken?.reason,
              result.witness.firstBroken?.reason,
            ].join(' | ');
            expect(reasons).toMatch(reason);
            await knex.destroy();
          },
        );
      },
    );
  },
);
