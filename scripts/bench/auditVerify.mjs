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

// The audit-verify phase of `npm run bench`: the offline verifier
// (packages/governance-verify) on an export of BENCH_AUDIT_EVENTS
// (1,000,000) chained events with a checkpoint every 10,000 and their
// directory witness. Prints the wall time and the peak RSS of the verifier's
// process (GNU time) and writes them to BENCH_AUDIT_OUT
// (.cache/bench/last/audit-verify.json). Asserts nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './lib.mjs';

const require = createRequire(import.meta.url);
const events = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const dir = path.join(ROOT, '.cache/bench/audit-verify');
const out =
  process.env.BENCH_AUDIT_OUT ??
  path.join(ROOT, '.cache/bench/last/audit-verify.json');
const exportFile = path.join(dir, 'export.ndjson');
const keysFile = path.join(dir, 'keys.json');
const witnessDir = path.join(dir, 'witness');

fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
console.log(`[bench] audit-verify: writing an export of ${events} events`);
const generated = spawnSync(
  process.execPath,
  [
    '--require',
    require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
    path.join(ROOT, 'scripts/bench/auditExport.ts'),
    exportFile,
    keysFile,
    witnessDir,
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, BENCH_AUDIT_EVENTS: String(events) },
  },
);
if (generated.status !== 0) throw new Error('The export generator failed');

// As an auditor runs it: the bin, a process of its own.
const bin = path.join(ROOT, 'packages/governance-verify/bin/governance-verify');
const args = ['verify-audit', exportFile, '--keys', keysFile];
args.push('--witness', witnessDir);
const started = process.hrtime.bigint();
const run = spawnSync('/usr/bin/time', ['-f', '%e %M', bin, ...args], {
  encoding: 'utf8',
  maxBuffer: 16 * 1024 * 1024,
});
const wallS = Number(process.hrtime.bigint() - started) / 1e9;
const [seconds, maxRssKb] = run.stderr.trim().split('\n').at(-1).split(' ');
const result = {
  date: new Date().toISOString(),
  machine: {
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    loadAverage: os.loadavg().map(x => Number(x.toFixed(2))),
  },
  events,
  checkpoints: fs.readdirSync(witnessDir).length,
  fileMiB: Number((fs.statSync(exportFile).size / 2 ** 20).toFixed(1)),
  exitCode: run.status,
  seconds: Number(seconds) || Number(wallS.toFixed(2)),
  peakRssMiB: Number((Number(maxRssKb) / 1024).toFixed(1)),
  output: run.stdout.trim().split('\n')[0],
};
console.log(run.stdout.trim());
console.log(
  `[bench] audit-verify: ${events} events (${result.fileMiB} MiB) verified in ${result.seconds} s, peak RSS ${result.peakRssMiB} MiB, exit code ${result.exitCode} (goal: under 10 s and 200 MB)`,
);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(result, null, 2));
fs.rmSync(dir, { recursive: true, force: true });
