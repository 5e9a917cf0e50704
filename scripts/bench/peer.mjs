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

// The Tech Insights peer (scripts/bench.sh installs it under
// .cache/peer-bench/tech-insights) on the same workload: exports its
// workload, checks that scripts/bench/workload.mjs generates the same facts
// for every app, runs its benchmark, and writes a summary (PEER_OUT).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';
import { appName, catalogFacts, governanceFacts } from './workload.mjs';

const N = Number(process.env.BENCH_APPS ?? 10000);
const SEED = Number(process.env.BENCH_SEED ?? 42);
const PEER = path.join(ROOT, '.cache/peer-bench/tech-insights');
const npm = args =>
  execFileSync('npm', ['run', '--silent', ...args], {
    cwd: PEER,
    stdio: ['ignore', 'inherit', 'inherit'],
  });

npm(['export', '--', '--entities', String(N), '--seed', String(SEED)]);
const workload = JSON.parse(
  fs.readFileSync(
    path.join(PEER, `results/workload-n${N}-seed${SEED}.json`),
    'utf8',
  ),
);
let mismatches = 0;
workload.entities.forEach((e, i) => {
  const c = catalogFacts(i, SEED);
  const same =
    e.entityRef === `component:default/${appName(i)}` &&
    e.entity.spec.lifecycle === c.lifecycle &&
    JSON.stringify(e.facts) ===
      JSON.stringify(governanceFacts(i, c.lifecycle, SEED));
  if (!same) mismatches++;
});
console.log(
  `[bench] peer workload: ${workload.entities.length} apps, ${mismatches} differ from ours`,
);

// PEER_RUNS / PEER_WARMUP: fewer runs than the peer's 3 + 1, when short of time.
npm([
  'bench',
  '--',
  '--entities',
  String(N),
  '--seed',
  String(SEED),
  '--runs',
  process.env.PEER_RUNS ?? '3',
  '--warmup',
  process.env.PEER_WARMUP ?? '1',
]);
const report = JSON.parse(
  fs.readFileSync(
    path.join(PEER, `results/tech-insights-n${N}-memory.json`),
    'utf8',
  ),
);
const phase = prefix => report.phases.find(p => p.name.startsWith(prefix));
const summary = {
  apps: N,
  workloadApps: workload.entities.length,
  workloadMismatches: mismatches,
  checks: report.params.checks,
  runs: report.params.runs,
  warmup: report.params.warmup,
  factsS: phase('facts').median,
  perEntityS: phase('checks: per entity').median,
  bulkS: phase('checks: bulk').median,
  peakRssMb: report.peakRssMb,
  environment: report.environment,
};
summary.perEntityMs = (summary.perEntityS * 1000) / N;
summary.evaluateAllS = summary.factsS + summary.bulkS;
const out = process.env.PEER_OUT ?? path.join(ROOT, '.cache/bench/peer.json');
fs.writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
console.log('[bench] peer', JSON.stringify(summary));
