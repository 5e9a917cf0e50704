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

// Writes bench/RESULTS.md from the figures of the last `npm run bench`
// (.cache/bench/last: scale.json, peer.json, templates.txt, audit-verify.json,
// audit-append.json).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './lib.mjs';

const require = createRequire(import.meta.url);
const last = path.join(ROOT, '.cache/bench/last');
const read = (file, parse = JSON.parse) => {
  const p = path.join(last, file);
  return fs.existsSync(p) ? parse(fs.readFileSync(p, 'utf8')) : undefined;
};
const scale = read('scale.json');
const peer = read('peer.json');
const templates = read('templates.txt', String);
const auditVerify = read('audit-verify.json');
const auditAppend = read('audit-append.json');
const sqliteVersion = (() => {
  const Database = require('better-sqlite3');
  return new Database(':memory:').prepare('select sqlite_version() v').get().v;
})();

const f = (x, d = 2) =>
  x === undefined || x === null || Number.isNaN(x)
    ? 'n/a'
    : Number(x).toFixed(d);
const goal = (ok, text) => `${ok ? 'met' : '**not met**'} (${text})`;
/** A "below limit" goal, saying by how much it is missed. */
const below = (value, limit, unit) =>
  goal(
    value < limit,
    `< ${limit} ${unit}${
      value < limit ? '' : `; ${f(value / limit, 1)}x the limit`
    }`,
  );
const lines = [];
const say = (...l) => lines.push(...l);

say(
  '# Benchmark results',
  '',
  'Written by `npm run bench` (scripts/bench.sh, scripts/bench/report.mjs) from the figures of its last run; every figure is printed by the run too. Nothing is asserted. What is measured and how: [Method](#method).',
  '',
);
if (scale) {
  const m = scale.machine;
  say(
    '## Machine',
    '',
    `- Date: ${scale.date}`,
    `- CPUs (nproc): ${m.nproc}, ${m.cpu}; memory ${m.memoryGiB} GiB`,
    `- Node ${
      m.node
    }; SQLite ${sqliteVersion} (better-sqlite3, in memory); PostgreSQL ${
      scale.databases.postgres?.version ?? 'n/a'
    } (127.0.0.1:5432, a fresh database set per backend start, dropped afterwards)`,
    `- Load average (1, 5, 15 min) at start ${m.loadAverage.join(
      ', ',
    )}, at end ${m.loadAverageAfter.join(
      ', ',
    )}. The machine's 2 cores are shared with other engineers' work (tests, type checks, builds), which may have been running during the run: figures are noisy, latencies especially.`,
    `- Code: commit ${scale.commit}, with ${scale.dirtyFiles} tracked files changed in the working tree (other engineers' work in progress); the sync task ran ${scale.syncRuns}.`,
    `- Workload: ${scale.apps} synthetic governed apps (seed ${scale.seed}), load ${scale.rate} requests/s offered for ${scale.seconds} s per route.`,
    '',
  );
}
if (templates) {
  say('## Template to registered app', '', '```', templates.trim(), '```', '');
}

function dbSection(r) {
  const { ingest, reconcile, reads } = r;
  const ratio = ingest.ratio;
  say(
    `## ${r.db === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
    '',
    '| figure | value | goal |',
    '| --- | ---: | --- |',
    `| catalog ingestion of ${
      scale.apps
    } apps, without the governance catalog module | ${f(
      ingest.withoutModule.totalS,
    )} s (startup ${f(ingest.withoutModule.startupS)} s) | |`,
    `| catalog ingestion, with the module | ${f(
      ingest.withModule.totalS,
    )} s (startup ${f(ingest.withModule.startupS)} s) | |`,
    `| ratio with / without | ${f(ratio, 3)} | ${goal(
      ratio < 1.05,
      `< 1.05; ${f(Math.abs(ratio - 1) * 100, 1)}% ${
        ratio >= 1 ? 'slower' : 'faster'
      }`,
    )} |`,
    `| reconciliation, cold (first run, fresh database) | ${f(
      reconcile.cold.seconds,
    )} s | ${below(reconcile.cold.seconds, 30, 's')} |`,
    `| reconciliation, warm (second run, nothing changed) | ${f(
      reconcile.warm.seconds,
    )} s | ${below(reconcile.warm.seconds, 5, 's')} |`,
  );
  for (const k of ['cold', 'warm']) {
    const c = reconcile[k];
    say(
      `| max event-loop delay during the ${k} run | ${f(
        c.eventLoopMaxMs,
        1,
      )} ms (p99 ${f(c.eventLoopP99Ms, 1)} ms) | ${below(
        c.eventLoopMaxMs,
        100,
        'ms',
      )} |`,
      `| catalog by-name reads at 50/s during the ${k} run, p50 / p99 | ${c.catalogP50Ms} / ${c.catalogP99Ms} ms (${c.catalogRequests} requests, ${c.catalogFailures} failed) | |`,
    );
    if (c.error) say(`| the ${k} run failed | ${c.error} | |`);
  }
  const cat = reads.catalog;
  for (const [key, label] of [
    ['posture', 'posture'],
    ['promotionGate', 'promotion gate'],
  ]) {
    const x = reads[key];
    say(
      `| ${label} at ${scale.rate}/s offered: p50 / p99, throughput | ${
        x.p50Ms
      } / ${x.p99Ms} ms, ${x.rps}/s${
        x.non2xx + x.errors
          ? `, ${x.non2xx + x.errors} failed${
              x.failure ? `: ${x.failure}` : ''
            }`
          : ''
      } | p99 ${below(x.p99Ms, 20, 'ms')} |`,
      `| ${label} / catalog: throughput, p99 | ${f(x.rps / cat.rps)}, ${f(
        x.p99Ms / cat.p99Ms,
      )} | ${goal(
        x.rps >= cat.rps && x.p99Ms <= cat.p99Ms && !(x.non2xx + x.errors),
        'throughput >= 1, p99 <= 1, no failures',
      )} |`,
    );
  }
  const aggregate = (label, r) =>
    r
      ? `| ${label} at ${r.rps}/s: p50 / p99 | ${r.p50Ms} / ${r.p99Ms} ms${
          r.non2xx + r.errors
            ? `, ${r.non2xx + r.errors} failed${
                r.failure ? `: ${r.failure}` : ''
              }`
            : ''
        } | p99 ${below(r.p99Ms, 100, 'ms')} |`
      : `| ${label} | not measured | |`;
  say(
    `| catalog by-name at ${scale.rate}/s offered: p50 / p99, throughput (better of a run before and one after) | ${cat.p50Ms} / ${cat.p99Ms} ms, ${cat.rps}/s | |`,
    `| posture read one at a time (mean of 500) | ${f(
      reads.postureSequentialMs,
    )} ms | |`,
    aggregate('dashboard', reads.dashboard),
    aggregate('program KPIs', reads.kpis),
    '',
  );
}
for (const r of Object.values(scale?.databases ?? {})) dbSection(r);

if (peer) {
  const ours = scale?.databases.sqlite;
  say(
    '## Tech Insights peer, same workload',
    '',
    `\`@backstage-community/plugin-tech-insights-backend\` with the jsonfc checker, ${peer.checks} checks, SQLite in memory, median of ${peer.runs} run(s) after ${peer.warmup} warm-up run(s) (its own benchmark, /work/shared/peer-bench/tech-insights, run by \`npm run bench\` here). Its exported workload has ${peer.workloadApps} apps; ${peer.workloadMismatches} differ from the apps scripts/bench/workload.mjs generated for this run.`,
    '',
    '| figure | Tech Insights | Guardrails (SQLite) | Guardrails / Tech Insights |',
    '| --- | ---: | ---: | ---: |',
    `| evaluate every app (peer: facts retrieve + persist, then bulk checks; ours: cold reconciliation) | ${f(
      peer.evaluateAllS,
    )} s | ${f(ours?.reconcile.cold.seconds)} s | ${f(
      ours?.reconcile.cold.seconds / peer.evaluateAllS,
    )} |`,
    `| re-evaluate, nothing changed (peer: the same again; ours: warm reconciliation) | ${f(
      peer.evaluateAllS,
    )} s | ${f(ours?.reconcile.warm.seconds)} s | ${f(
      ours?.reconcile.warm.seconds / peer.evaluateAllS,
    )} |`,
    `| one app's results, requests one at a time (peer: POST /checks/run per entity; ours: GET /posture) | ${f(
      peer.perEntityMs,
      3,
    )} ms | ${f(ours?.reads.postureSequentialMs, 3)} ms | ${f(
      ours?.reads.postureSequentialMs / peer.perEntityMs,
    )} |`,
    '',
  );
}
if (auditVerify) {
  const a = auditVerify;
  say(
    '## Offline audit verification',
    '',
    `\`governance-verify verify-audit\` with a directory witness, ${a.date}, ${
      a.machine.nproc
    } CPUs (${a.machine.cpu}), Node ${
      a.machine.node
    }, load average ${a.machine.loadAverage.join(', ')} at the end.`,
    '',
    '| figure | value | goal |',
    '| --- | ---: | --- |',
    `| verify ${a.events} events (${a.fileMiB} MiB export, ${
      a.checkpoints
    } checkpoints), wall time | ${f(a.seconds)} s | ${below(
      a.seconds,
      10,
      's',
    )} |`,
    `| peak RSS of the verifier | ${f(a.peakRssMiB, 1)} MiB | ${below(
      a.peakRssMiB,
      200,
      'MiB',
    )} |`,
    `| result | ${a.output} (exit code ${a.exitCode}) | |`,
    '',
  );
}
if (auditAppend) {
  say(
    '## Audit appends on PostgreSQL',
    '',
    `Two processes append to one chain at once through the backend's own audit store, ${auditAppend.date}.`,
    '',
    '| figure | value | goal |',
    '| --- | ---: | --- |',
    ...auditAppend.runs.map(
      r =>
        `| ${r.processes} processes x ${r.concurrency} appends in flight: ${
          r.events
        } events | ${r.appendsPerSecond}/s (${f(r.seconds)} s); one chain, ${
          r.gapless ? 'no gaps' : '**gaps**'
        }, ${r.chainValid ? 'verifies' : '**does not verify**'} | ${
          r.appendsPerSecond >= 2000 && r.gapless && r.chainValid
            ? 'met'
            : '**not met**'
        } (>= 2,000/s, one chain, no gaps) |`,
    ),
    '',
  );
}
say(
  fs.readFileSync(path.join(ROOT, 'scripts/bench/METHOD.md'), 'utf8').trim(),
  '',
);
const file = path.join(ROOT, 'bench/RESULTS.md');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, lines.join('\n'));
console.log('[bench] wrote bench/RESULTS.md');
