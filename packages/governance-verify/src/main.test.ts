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
import {
  AuditExportLine,
  hashAuditEvent,
} from '@guardrails/plugin-governance-node/audit';
import {
  keysFile,
  makeExportLines,
  signStatement,
  writeLines,
  writeWitnessDirectory,
} from './__testUtils__/makeAuditExport';
import { main } from './main';

jest.setTimeout(60_000);

const privateKey = generateKeyPairSync('ed25519').privateKey;
type Line = AuditExportLine;
type EventLine = Extract<Line, { type: 'event' }>;

let dir: string;
let lines: Line[];

beforeAll(async () => {
  // 11 events, checkpoints of events 6 and 9.
  lines = await makeExportLines({
    events: 11,
    checkpointsAt: [6, 9],
    privateKey,
    keyId: 'acme-2026',
  });
});
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-verify-'));
  fs.writeFileSync(
    path.join(dir, 'keys.json'),
    JSON.stringify(keysFile([{ keyId: 'acme-2026', privateKey }])),
  );
  writeWitnessDirectory(path.join(dir, 'witness'), lines);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: t => out.push(t),
    err: t => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs verify-audit on `edited` lines, with the directory witness. */
async function verify(edited: Line[], ...more: string[]) {
  const file = path.join(dir, 'export.ndjson');
  writeLines(file, edited);
  return run(
    'verify-audit',
    file,
    '--keys',
    path.join(dir, 'keys.json'),
    ...more,
  );
}
const withWitness = () => ['--witness', path.join(dir, 'witness')];
const events = (ls: Line[]) =>
  ls.filter(l => l.type === 'event') as EventLine[];

/** Recomputes every event's hash and the header's head, as a forger would. */
function rehash(ls: Line[]): Line[] {
  let prev = '0'.repeat(64);
  const out = ls.map(l => {
    if (l.type !== 'event') return l;
    const hash = hashAuditEvent(prev, l);
    const next = { ...l, prevHash: prev, hash };
    prev = hash;
    return next;
  });
  const last = events(out).at(-1)!;
  return out.map(l =>
    l.type === 'header'
      ? { ...l, head: { seq: last.seq, hash: last.hash } }
      : l,
  );
}

describe('verify-audit', () => {
  it('verifies an untouched export, with and without the witness', async () => {
    const plain = await verify(lines);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/^OK: the audit export verifies/);
    expect(plain.out).toContain('warning: No witness given');
    const witnessed = await verify(lines, ...withWitness());
    expect(witnessed).toMatchObject({ code: 0, err: '' });
    expect(witnessed.out).toContain('2 checkpoints, the newest of event 9');
    expect(witnessed.out).toContain('uncovered: 2 events');
    expect(witnessed.out).not.toContain('warning');
    const json = JSON.parse((await verify(lines, '--json')).out);
    expect(json).toMatchObject({
      valid: true,
      events: 11,
      verifiedUpTo: 11,
      checkpoints: { checked: 2, keyIds: ['acme-2026'], newest: 9 },
    });
  });

  const edit = (seq: number, change: (e: EventLine) => object) =>
    lines.map(l =>
      l.type === 'event' && l.seq === seq ? { ...l, ...change(l) } : l,
    );

  it.each<[string, () => Line[], RegExp, string[]?]>([
    [
      'a flipped byte',
      () => edit(3, e => ({ actor: e.actor.replace('erin', 'erim') })),
      /^INVALID at event 3: its content does not match its hash/,
    ],
    [
      'a deleted event',
      () => lines.filter(l => !(l.type === 'event' && l.seq === 4)),
      /^INVALID at event 4: event 4 is missing \(line \d+ holds event 5\)/,
    ],
    [
      'two events swapped',
      () => {
        const i = lines.findIndex(l => l.type === 'event' && l.seq === 2);
        const swapped = [...lines];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
        return swapped;
      },
      /^INVALID at event 2: event 2 is missing \(line \d+ holds event 3\)/,
    ],
    [
      'two events swapped and renumbered',
      () =>
        lines.map(l => {
          if (l.type !== 'event' || (l.seq !== 2 && l.seq !== 3)) return l;
          const other = events(lines).find(
            e => e.seq === (l.seq === 2 ? 3 : 2),
          )!;
          return { ...other, seq: l.seq };
        }),
      /^INVALID at event 2: its link to the previous event does not match/,
    ],
    [
      'the tail cut off',
      () =>
        lines.filter(
          l => !(l.type === 'event' && l.seq > 8) && l.type !== 'end',
        ),
      /^INVALID at event 9: the export has no end line: the file was cut short\n.*\n {2}also at event 9: checkpoint 9 signs event 9, but the export ends at event 8: the tail was truncated/,
    ],
    [
      'the tail cut off with its checkpoint, header and end line mended',
      () =>
        rehash(
          lines
            .filter(l => !(l.type === 'event' && l.seq > 8))
            .filter(l => !(l.type === 'checkpoint' && l.seq === 9))
            .map(l =>
              l.type === 'end' ? { ...l, events: 8, checkpoints: 1 } : l,
            ),
        ),
      /^INVALID at event 9: the export ends at event 8, but the witness holds a checkpoint of event 9: the tail was truncated/,
      ['--witness', 'WITNESS'],
    ],
    [
      'the chain rewritten with fresh hashes',
      () => rehash(edit(2, () => ({ payload: { n: 200 } }))),
      /^INVALID at event 6: its hash differs from the one checkpoint 6 signed: the chain was rewritten/,
    ],
    [
      'the chain rewritten and every checkpoint deleted',
      () =>
        rehash(edit(2, () => ({ payload: { n: 200 } })))
          .filter(l => l.type !== 'checkpoint')
          .map(l => (l.type === 'end' ? { ...l, checkpoints: 0 } : l)),
      /^INVALID at event 6: its hash differs from the one the witness holds for checkpoint 6: the chain was rewritten/,
      ['--witness', 'WITNESS'],
    ],
    [
      'the checkpoints deleted',
      () =>
        lines
          .filter(l => l.type !== 'checkpoint')
          .map(l => (l.type === 'end' ? { ...l, checkpoints: 0 } : l)),
      /^INVALID at event 6: the witness holds checkpoint 6, the export does not: it was deleted/,
      ['--witness', 'WITNESS'],
    ],
    [
      'a checkpoint signed by a key not in the keys file',
      () => lines,
      /^INVALID at event 6: checkpoint 6: its signature does not hold: unknown signing key "acme-2026"/,
      ['--keys', 'OTHER'],
    ],
  ])('detects %s', async (_name, tamper, reason, given = []) => {
    let more = given;
    if (more[0] === '--keys') {
      const other = path.join(dir, 'other-keys.json');
      fs.writeFileSync(
        other,
        JSON.stringify(
          keysFile([
            {
              keyId: 'someone',
              privateKey: generateKeyPairSync('ed25519').privateKey,
            },
          ]),
        ),
      );
      more = ['--keys', other];
    }
    const file = path.join(dir, 'export.ndjson');
    writeLines(file, tamper());
    const args = ['verify-audit', file, '--keys', path.join(dir, 'keys.json')];
    const result = await run(
      ...args,
      ...more.map(a => (a === 'WITNESS' ? path.join(dir, 'witness') : a)),
    );
    expect(result.out).toMatch(reason);
    expect(result.code).toBe(1);
  });

  it("detects the witness's newest checkpoint gone, and a forged witness file", async () => {
    const witness = path.join(dir, 'witness');
    const newest = fs.readdirSync(witness).sort().at(-1)!;
    fs.rmSync(path.join(witness, newest));
    const gone = await verify(lines, ...withWitness());
    expect(gone.code).toBe(1);
    expect(gone.out).toMatch(
      /^INVALID at event 9: checkpoint 9 was witnessed at .*, but the witness \(.*\) no longer holds it/,
    );
    const file = path.join(witness, newest);
    const stranger = generateKeyPairSync('ed25519').privateKey;
    const forged = {
      seq: 9,
      hash: 'ab'.repeat(32),
      signedAt: '2026-12-03T10:00:09Z',
    };
    fs.writeFileSync(
      file,
      JSON.stringify({
        ...forged,
        bundle: await signStatement(
          {
            _type: 'https://in-toto.io/Statement/v1',
            subject: [
              { name: 'governance-audit-log', digest: { sha256: forged.hash } },
            ],
            predicateType: 'https://guardrails.dev/audit-checkpoint/v1',
            predicate: forged,
          },
          stranger,
          'acme-2026',
        ),
      }),
    );
    const result = await verify(lines, ...withWitness());
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /^INVALID at event 9: witnessed checkpoint 9: its signature does not hold/,
    );
  });

  it('reads a git witness, and notices its branch rewound by one commit', async () => {
    const bare = path.join(dir, 'witness.git');
    const work = path.join(dir, 'work');
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', args, { cwd, stdio: 'pipe' });
    execFileSync('git', ['init', '--quiet', '--bare', '-b', 'main', bare]);
    execFileSync('git', ['clone', '--quiet', bare, work], { stdio: 'pipe' });
    fs.mkdirSync(path.join(work, 'checkpoints'));
    for (const name of fs.readdirSync(path.join(dir, 'witness')).sort()) {
      fs.copyFileSync(
        path.join(dir, 'witness', name),
        path.join(work, 'checkpoints', name),
      );
      git(work, 'add', '.');
      git(
        work,
        '-c',
        'user.name=t',
        '-c',
        'user.email=t@t',
        'commit',
        '-qm',
        name,
      );
    }
    git(work, 'push', '--quiet', 'origin', 'HEAD:main');
    const ok = await verify(lines, '--witness', bare);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`witness: git ${bare}#main, 2 checkpoints`);
    git(bare, 'update-ref', 'refs/heads/main', 'main~1');
    const rewound = await verify(lines, '--witness', bare);
    expect(rewound.code).toBe(1);
    expect(rewound.out).toMatch(
      /^INVALID at event 9: checkpoint 9 was witnessed at/,
    );
  });

  it('names the line of a file that is not an export, or is cut mid-line', async () => {
    const file = path.join(dir, 'export.ndjson');
    fs.writeFileSync(file, '{"items": []}\n');
    const keys = path.join(dir, 'keys.json');
    const notExport = await run('verify-audit', file, '--keys', keys);
    expect(notExport).toMatchObject({ code: 1 });
    expect(notExport.out).toMatch(
      /^INVALID: the file is not a guardrails-audit-export\/v1 export/,
    );
    const text = lines.map(l => JSON.stringify(l)).join('\n');
    fs.writeFileSync(file, text.slice(0, text.indexOf('"seq":5') + 3));
    const cut = await run('verify-audit', file, '--keys', keys);
    expect(cut.code).toBe(1);
    expect(cut.out).toMatch(/^INVALID at event 5: line \d+ is not JSON/);
    expect(
      JSON.parse(
        (await run('verify-audit', file, '--keys', keys, '--json')).out,
      ),
    ).toMatchObject({ valid: false, firstBroken: { seq: 5 }, verifiedUpTo: 4 });
  });
});

describe('verify-evidence', () => {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1' as const,
    subject: [
      { name: 'component:default/crm', digest: { sha256: 'cd'.repeat(32) } },
    ],
    predicateType: 'https://guardrails.dev/evidence/approval/v1',
    predicate: { decision: 'approved' },
  };

  it('verifies bundles of the active and a retired key; fails an unknown key and a changed payload', async () => {
    const retired = generateKeyPairSync('ed25519').privateKey;
    const keys = path.join(dir, 'rotated-keys.json');
    fs.writeFileSync(
      keys,
      JSON.stringify(
        keysFile([
          { keyId: 'acme-2026', privateKey },
          { keyId: 'acme-2025', privateKey: retired },
        ]),
      ),
    );
    const write = async (name: string, bundle: object) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, JSON.stringify(bundle));
      return file;
    };
    const old = await write(
      'old.json',
      await signStatement(statement, retired, 'acme-2025'),
    );
    const result = await run('verify-evidence', old, '--keys', keys);
    expect(result.code).toBe(0);
    expect(result.out).toContain('signed by key acme-2025 (retired)');
    expect(result.out).toContain(
      `subject: component:default/crm sha256:${'cd'.repeat(32)}`,
    );

    const stranger = generateKeyPairSync('ed25519').privateKey;
    const unknown = await write(
      'unknown.json',
      await signStatement(statement, stranger, 'someone'),
    );
    const refused = await run('verify-evidence', unknown, '--keys', keys);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^INVALID: unknown signing key "someone"/);
    const claimed = await write(
      'claimed.json',
      await signStatement(statement, stranger, 'acme-2025'),
    );
    expect((await run('verify-evidence', claimed, '--keys', keys)).code).toBe(
      1,
    );

    const bundle = await signStatement(statement, privateKey, 'acme-2026');
    const envelope = bundle.dsseEnvelope as { payload: string };
    const changed = await write('changed.json', {
      ...bundle,
      dsseEnvelope: {
        ...envelope,
        payload: Buffer.from(
          JSON.stringify({ ...statement, predicate: { decision: 'rejected' } }),
        ).toString('base64'),
      },
    });
    expect((await run('verify-evidence', changed, '--keys', keys)).code).toBe(
      1,
    );
  });
});

describe('usage', () => {
  it.each([
    [[], /No command given/],
    [['verify-logs', 'x'], /Unknown command "verify-logs"/],
    [['verify-audit'], /verify-audit needs the file/],
    [['verify-audit', 'x.ndjson'], /needs --keys/],
    [
      ['verify-audit', 'missing.ndjson', '--keys', 'KEYS'],
      /Cannot read the export/,
    ],
    [
      ['verify-audit', 'EXPORT', '--keys', 'missing.json'],
      /Cannot read the keys file/,
    ],
    [
      ['verify-audit', 'EXPORT', '--keys', 'KEYS', '--witness', 'nowhere'],
      /neither a directory nor a git repository/,
    ],
    [
      ['verify-evidence', 'EXPORT', '--keys', 'KEYS', '--witness', 'x'],
      /--witness is for verify-audit only/,
    ],
    [
      ['verify-audit', 'EXPORT', '--keys', 'KEYS', '--colour'],
      /Unknown option '--colour'/,
    ],
  ])('%j exits 2 and says why', async (argv, message) => {
    const file = path.join(dir, 'export.ndjson');
    writeLines(file, lines);
    const args = (argv as string[]).map(
      a => ({ KEYS: path.join(dir, 'keys.json'), EXPORT: file }[a] ?? a),
    );
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('Usage:');
  });
});
