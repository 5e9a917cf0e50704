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
import { execFile, execFileSync } from 'node:child_process';
import { KeyObject, createPublicKey, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { TestDatabases } from '@backstage/backend-test-utils';
import { hashAuditEvent } from '@guardrails/plugin-governance-node/audit';
import { Knex } from 'knex';
import {
  callAs,
  startGovernanceTestBackend,
} from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(300_000);

// The offline verifier as an auditor runs it: a process of its own, on
// files exported over HTTP from the real backend, and the keys of GET /keys.
const bin = path.join(
  path.dirname(require.resolve('@guardrails/governance-verify/package.json')),
  'bin/governance-verify',
);
const runFile = promisify(execFile);

async function cli(...args: string[]) {
  try {
    const { stdout } = await runFile(process.execPath, [bin, ...args]);
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}` };
  }
}

const pem = (key: KeyObject, type: 'pkcs8' | 'spki') =>
  key.export({ type, format: 'pem' }).toString();
const crm = 'component:default/crm-record-updater';
const bot = 'component:default/standup-notes-bot';
const exception = (ruleId: string, requestedDays: number) => ({
  entityRef: crm,
  packId: 'guardrails-default',
  ruleId,
  justification: 'The CRM vendor only offers an admin-scoped API key today',
  compensatingControls: 'Key rotated weekly, access logged',
  requestedDays,
});

type Line = Record<string, any> & { type: string };
const parse = (text: string): Line[] =>
  text
    .trim()
    .split('\n')
    .map(l => JSON.parse(l));
const events = (lines: Line[]) => lines.filter(l => l.type === 'event');
const withCounts = (lines: Line[]) =>
  lines.map(l =>
    l.type === 'end'
      ? {
          ...l,
          events: events(lines).length,
          checkpoints: lines.filter(c => c.type === 'checkpoint').length,
        }
      : l,
  );

/** Recomputes every hash and the header's head, as a forger would. */
function rehash(lines: Line[]): Line[] {
  let prev = '0'.repeat(64);
  const out = lines.map(l => {
    if (l.type !== 'event') return l;
    const hash = hashAuditEvent(prev, l as any);
    const next = { ...l, prevHash: prev, hash };
    prev = hash;
    return next;
  });
  const last = events(out).at(-1)!;
  return withCounts(
    out.map(l =>
      l.type === 'header'
        ? { ...l, head: { seq: last.seq, hash: last.hash } }
        : l,
    ),
  );
}

type Tamper = (text: string, lines: Line[], mid: number) => string | Line[];
const TAMPERS: Array<[string, Tamper, RegExp]> = [
  [
    'a byte flipped in an event',
    (text, _lines, mid) => {
      // The first letter of the actor's name of event `mid`.
      const at = text.indexOf(`"seq":${mid},`);
      const i = text.indexOf('"actor":"', at) + '"actor":"'.length;
      const flipped = String.fromCharCode(text.charCodeAt(i) ^ 1);
      return text.slice(0, i) + flipped + text.slice(i + 1);
    },
    /^INVALID at event (\d+): its content does not match its hash/,
  ],
  [
    'an event deleted',
    (_text, lines, mid) =>
      lines.filter(l => !(l.type === 'event' && l.seq === mid)),
    /^INVALID at event (\d+): event \1 is missing/,
  ],
  [
    'two events reordered',
    (_text, lines, mid) => {
      const i = lines.findIndex(l => l.type === 'event' && l.seq === mid);
      const out = [...lines];
      [out[i], out[i + 1]] = [out[i + 1], out[i]];
      return out;
    },
    /^INVALID at event (\d+): event \1 is missing \(line \d+ holds event \d+\)/,
  ],
  [
    'the tail truncated',
    (_text, lines) => lines.slice(0, -3),
    /^INVALID at event (\d+): the export has no end line: the file was cut short/,
  ],
  [
    'the tail truncated with its checkpoint, the rest mended',
    (_text, lines) => {
      const newest = lines.filter(l => l.type === 'checkpoint').at(-1)!.seq;
      return rehash(
        lines.filter(
          l => !(['event', 'checkpoint'].includes(l.type) && l.seq >= newest),
        ),
      );
    },
    /^INVALID at event (\d+): the export ends at event \d+, but the witness holds a checkpoint of event \1: the tail was truncated/,
  ],
  [
    'the whole chain rewritten with fresh hashes, checkpoints deleted',
    (_text, lines) =>
      rehash(
        lines
          .filter(l => l.type !== 'checkpoint')
          .map(l =>
            l.type === 'event' && l.seq === 1
              ? { ...l, payload: { ...l.payload, forged: true } }
              : l,
          ),
      ),
    /^INVALID at event (\d+): its hash differs from the one the witness holds for checkpoint \1: the chain was rewritten/,
  ],
  [
    'the checkpoints deleted',
    (_text, lines) => withCounts(lines.filter(l => l.type !== 'checkpoint')),
    /^INVALID at event (\d+): the witness holds checkpoint \1, the export does not: it was deleted/,
  ],
];

const CASES = [
  ['SQLITE_3', 'directory'],
  ['SQLITE_3', 'git'],
  ['POSTGRES_15', 'directory'],
  ['POSTGRES_15', 'git'],
] as const;
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(
  CASES.filter(([id]) => databases.eachSupportedId().some(([s]) => s === id)),
)('offline verification on %p with a %s witness', (databaseId, kind) => {
  let dir: string;
  let knex: Knex;
  let witness: string;
  let stop = async () => {};
  const key2025 = generateKeyPairSync('ed25519').privateKey;
  let api: ReturnType<typeof callAs>;
  const file = (name: string) => path.join(dir, name);
  const save = (name: string, content: string | Line[]) => {
    fs.writeFileSync(
      file(name),
      typeof content === 'string'
        ? content
        : content.map(l => `${JSON.stringify(l)}\n`).join(''),
    );
    return file(name);
  };
  let exported = '';

  /** Starts the backend with a signing setup; stops the previous one. */
  async function start(signing: object) {
    await stop();
    const backend = await startGovernanceTestBackend({
      knex,
      governance: {
        signing,
        audit: {
          witness:
            kind === 'directory'
              ? { directory: witness }
              : { git: { url: witness } },
        },
      },
    });
    stop = () => backend.stop();
    api = callAs(backend.server, 'user:default/frank');
  }

  /** Exports the log and the keys over HTTP into the temp directory. */
  async function exportFiles(prefix: string) {
    const res = await api
      .get('/audit/export')
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString()));
        r.on('end', () => done(null, text));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const keys = await api.get('/keys');
    return {
      text: res.body as string,
      exportFile: save(`${prefix}-export.ndjson`, res.body as string),
      keysFile: save(`${prefix}-keys.json`, JSON.stringify(keys.body)),
    };
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-offline-'));
    knex = await databases.init(databaseId);
    witness = path.join(dir, kind === 'directory' ? 'witness' : 'witness.git');
    if (kind === 'git')
      execFileSync('git', ['init', '--quiet', '--bare', witness]);
    await start({ keyId: 'acme-2025', privateKey: pem(key2025, 'pkcs8') });
    // The sync recorded events; two checkpoints with events between and after.
    const steps: Array<[string, object, number]> = [
      ['/audit/checkpoints', {}, 200],
      ['/exceptions', exception('sensitive-no-admin-iam', 3), 201],
      ['/audit/checkpoints', {}, 200],
      ['/exceptions', exception('sensitive-no-admin-iam', 5), 201],
    ];
    for (const [route, body, status] of steps) {
      const res = await api.post(route, body);
      if (res.status !== status) {
        throw new Error(`POST ${route}: ${res.status} ${res.text}`);
      }
    }
    exported = (await exportFiles('before')).text;
  });
  afterAll(async () => {
    await stop();
    await knex.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const verifyAudit = (
    exportFile: string,
    keysFile = file('before-keys.json'),
  ) =>
    cli('verify-audit', exportFile, '--keys', keysFile, '--witness', witness);

  it('verifies the untouched export, as the backend does', async () => {
    const lines = parse(exported);
    expect(lines[0]).toMatchObject({
      type: 'header',
      format: 'guardrails-audit-export/v1',
    });
    expect(lines.filter(l => l.type === 'checkpoint')).toHaveLength(2);
    expect(lines.at(-1)).toMatchObject({ type: 'end', checkpoints: 2 });
    const result = await verifyAudit(file('before-export.ndjson'));
    expect(result.out).toMatch(/^OK: the audit export verifies/);
    expect(result.out).toContain(`witness: ${kind}`);
    expect(result.out).toContain(
      'uncovered: 1 events after the newest witnessed checkpoint',
    );
    expect(result.code).toBe(0);
    expect((await api.get('/audit/verify')).body).toMatchObject({
      valid: true,
    });
  });

  it.each(TAMPERS)(
    'detects %s in the exported file, exit code 1',
    async (name, tamper, reason) => {
      const lines = parse(exported);
      const mid = events(lines)[Math.floor(events(lines).length / 2)].seq;
      const tampered = tamper(exported, lines, mid);
      const result = await verifyAudit(
        save(`${name.replace(/\W+/g, '-')}.ndjson`, tampered),
      );
      expect(result.out).toMatch(reason);
      expect(result.code).toBe(1);
    },
  );

  it("detects the witness's last checkpoint deleted, as the backend's verify does", async () => {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: witness }).toString().trim();
    const tip = kind === 'git' ? git('rev-parse', 'main') : '';
    if (kind === 'directory') {
      const newest = fs.readdirSync(witness).sort().at(-1)!;
      fs.renameSync(path.join(witness, newest), file(newest));
    } else {
      git('update-ref', 'refs/heads/main', 'main~1');
    }
    const result = await verifyAudit(file('before-export.ndjson'));
    expect(result.out).toMatch(
      /^INVALID at event (\d+): checkpoint \1 was witnessed at .*, but the witness .* no longer holds it/,
    );
    expect(result.code).toBe(1);
    const backend = (await api.get('/audit/verify')).body;
    expect(backend.valid).toBe(false);
    expect(backend.witness.firstBroken.reason).toMatch(
      /the witness no longer holds it/,
    );
    // Put back, for the rotation below.
    if (kind === 'directory') {
      const newest = fs.readdirSync(dir).find(n => /^\d{20}\.json$/.test(n))!;
      fs.renameSync(file(newest), path.join(witness, newest));
    } else {
      git('update-ref', 'refs/heads/main', tip);
    }
    expect((await verifyAudit(file('before-export.ndjson'))).code).toBe(0);
  });

  it('after a key rotation, verifies what the retired key signed; fails an unknown key', async () => {
    const evidence = (await api.get(`/evidence?entityRef=${bot}`)).body.items;
    const oldBundle = save(
      'old-evidence.json',
      JSON.stringify((await api.get(`/evidence/${evidence[0].id}`)).body),
    );
    const key2026 = generateKeyPairSync('ed25519').privateKey;
    await start({
      keyId: 'acme-2026',
      privateKey: pem(key2026, 'pkcs8'),
      retiredKeys: [
        {
          keyId: 'acme-2025',
          publicKey: pem(createPublicKey(key2025), 'spki'),
        },
      ],
    });
    expect((await api.post('/audit/checkpoints', {})).status).toBe(200);
    const after = await exportFiles('after');
    const audit = await verifyAudit(after.exportFile, after.keysFile);
    expect(audit.out).toMatch(/^OK/);
    expect(audit.out).toContain(
      'checkpoints: 3 signed (keys acme-2025, acme-2026)',
    );
    expect(audit.code).toBe(0);

    const old = await cli(
      'verify-evidence',
      oldBundle,
      '--keys',
      after.keysFile,
    );
    expect(old.out).toContain('signed by key acme-2025 (retired)');
    expect(old.code).toBe(0);
    // The keys of before the rotation do not know the new key.
    const unknown = await cli(
      'verify-audit',
      after.exportFile,
      '--keys',
      file('before-keys.json'),
    );
    expect(unknown.out).toMatch(
      /^INVALID at event (\d+): checkpoint \1: its signature does not hold: unknown signing key "acme-2026"/,
    );
    expect(unknown.code).toBe(1);
    const keysWithoutOld = save(
      'new-only-keys.json',
      JSON.stringify({
        keys: JSON.parse(fs.readFileSync(after.keysFile, 'utf8')).keys.slice(
          0,
          1,
        ),
      }),
    );
    const refused = await cli(
      'verify-evidence',
      oldBundle,
      '--keys',
      keysWithoutOld,
    );
    expect(refused.out).toMatch(/^INVALID: unknown signing key "acme-2025"/);
    expect(refused.code).toBe(1);
  });
});
