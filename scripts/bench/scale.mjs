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

// Scale benchmark of Guardrails (npm run bench): for each database, N
// synthetic governed apps (scripts/bench/workload.mjs). Prints every figure
// and writes them as JSON; asserts nothing. Env: BENCH_APPS (10000),
// BENCH_DBS (sqlite,postgres), BENCH_SEED (42), BENCH_OUT (results file).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appName, workloadYamlFiles } from './workload.mjs';
import {
  ROOT,
  api,
  dropPgDatabases,
  guestToken,
  load,
  round,
  sleep,
  startBackend,
  stopBackend,
  waitReady,
  writeConfig,
} from './lib.mjs';

const N = Number(process.env.BENCH_APPS ?? 10000);
const SEED = Number(process.env.BENCH_SEED ?? 42);
const DBS = (process.env.BENCH_DBS ?? 'sqlite,postgres').split(',');
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DASHBOARD_RATE = Number(process.env.BENCH_DASHBOARD_RATE ?? 20);
const TASKS = '/api/governance/.backstage/scheduler/v1/tasks';

const children = new Set();
const killAll = () => {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
};
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

const dir = path.join(ROOT, '.cache/bench', `run-${Date.now()}`);
fs.mkdirSync(dir, { recursive: true });
const workloadFiles = workloadYamlFiles(N, SEED).map((yaml, i) => {
  const file = path.join(dir, `workload-n${N}-seed${SEED}-${i}.yaml`);
  fs.writeFileSync(file, yaml);
  return file;
});
const log = (...args) => console.log('[bench]', ...args);

async function countApps(token) {
  const body = await api(
    token,
    'GET',
    '/api/catalog/entities/by-query?filter=kind=component,spec.type=micro-app&limit=1&fields=metadata.name',
  );
  return body.totalItems;
}

/** Starts a backend and waits until all N apps are stitched and readable. */
async function ingest(db, module) {
  const prefix = `guardrails_bench_${Date.now()}_`;
  const configFile = writeConfig(dir, { db, prefix, workloadFiles });
  const logFile = path.join(dir, `backend-${db}-${module ? 'on' : 'off'}.log`);
  const spawned = performance.now();
  const child = startBackend({ configFile, module, logFile });
  children.add(child);
  child.on('exit', () => children.delete(child));
  try {
    await waitReady(child);
    const ready = performance.now();
    const token = await guestToken();
    let count = 0;
    const until = Date.now() + 20 * 60000;
    // Under ingestion load a read may fail (the permission backend's JWKS
    // fetch times out, say): that is "not yet", not the end.
    const tryCount = () => countApps(token).catch(() => -1);
    while ((count = await tryCount()) < N) {
      if (Date.now() > until) throw new Error(`only ${count}/${N} ingested`);
      await sleep(250);
    }
    const done = performance.now();
    return {
      child,
      prefix,
      token,
      startupS: round((ready - spawned) / 1000),
      ingestS: round((done - spawned) / 1000),
      ingestAfterReadyS: round((done - ready) / 1000),
    };
  } catch (e) {
    await stopBackend(child);
    if (db === 'postgres') await dropPgDatabases(prefix);
    throw e;
  }
}

const runsOf = async token =>
  (await api(token, 'GET', '/api/bench/tasks/governance-sync/runs')).runs;

/**
 * Triggers governance-sync and waits until that run has finished; its time
 * is the task function's own (the bench scheduler times it in process).
 */
async function reconcile(token) {
  const before = (await runsOf(token)).length;
  const triggered = performance.now();
  await api(token, 'POST', `${TASKS}/governance-sync/trigger`);
  for (;;) {
    const runs = await runsOf(token);
    const run = runs[before];
    if (run?.ms !== undefined) {
      return {
        seconds: round(run.ms / 1000, 3),
        triggerToEndS: round((performance.now() - triggered) / 1000),
        error: run.error ?? null,
      };
    }
    await sleep(50);
  }
}

/** A reconciliation with catalog reads and the event-loop monitor running. */
async function measuredReconcile(token, label) {
  await api(token, 'POST', '/api/bench/event-loop/reset');
  const catalog = load({
    token,
    rate: 50,
    seconds: 3600,
    connections: 10,
    pathFor: i =>
      `/api/catalog/entities/by-name/component/default/${appName(
        (i * 7919) % N,
      )}`,
  });
  const run = await reconcile(token);
  catalog.stop();
  const reads = await catalog.result;
  const loop = await api(token, 'GET', '/api/bench/event-loop');
  const result = {
    ...run,
    eventLoopMaxMs: round(loop.maxMs, 1),
    eventLoopP99Ms: round(loop.p99Ms, 1),
    catalogP99Ms: reads.p99Ms,
    catalogP50Ms: reads.p50Ms,
    catalogRequests: reads.requests,
    catalogFailures: reads.non2xx + reads.errors,
  };
  log(`reconcile ${label}`, JSON.stringify(result));
  return result;
}

async function reads(token) {
  const name = i => appName((i * 7919) % N);
  const ref = i => encodeURIComponent(`component:default/${name(i)}`);
  const targets = {
    catalog: i => `/api/catalog/entities/by-name/component/default/${name(i)}`,
    posture: i => `/api/governance/posture?entityRef=${ref(i)}`,
    promotionGate: i => `/api/governance/promotion-gate?entityRef=${ref(i)}`,
  };
  const out = {};
  // catalog, then each governance read, then catalog again: the catalog
  // figure is the better of its two runs, so the ratios are not flattered.
  for (const key of ['catalog', 'posture', 'promotionGate', 'catalog2']) {
    const target = key === 'catalog2' ? 'catalog' : key;
    const r = await load({
      token,
      pathFor: targets[target],
      rate: RATE,
      seconds: SECONDS,
    }).result;
    log(`load ${key} @${RATE}/s`, JSON.stringify(r));
    out[key] = r;
  }
  const [a, b] = [out.catalog, out.catalog2];
  out.catalog = {
    ...(a.p99Ms <= b.p99Ms ? a : b),
    rps: Math.max(a.rps, b.rps),
    runs: [a, b],
  };
  delete out.catalog2;
  // Sequential reads, one at a time: latency without load, as the peer's
  // per-entity phase measures it.
  const sequential = Math.min(N, 500);
  const started = performance.now();
  for (let i = 0; i < sequential; i++) {
    await api(token, 'GET', targets.posture(i));
  }
  out.postureSequentialMs = round(
    (performance.now() - started) / sequential,
    3,
  );
  log('posture sequential ms/app', out.postureSequentialMs);
  out.dashboard = await load({
    token,
    pathFor: () => '/api/governance/dashboard',
    rate: DASHBOARD_RATE,
    seconds: SECONDS,
    connections: 5,
  }).result;
  log(`load dashboard @${DASHBOARD_RATE}/s`, JSON.stringify(out.dashboard));
  // The program KPIs: SQL aggregates over every app and its facts, no cache.
  out.kpis = await load({
    token,
    pathFor: () => '/api/governance/kpis',
    rate: DASHBOARD_RATE,
    seconds: SECONDS,
    connections: 5,
  }).result;
  log(`load kpis @${DASHBOARD_RATE}/s`, JSON.stringify(out.kpis));
  return out;
}

async function benchDatabase(db) {
  const result = { db };
  // Without the governance catalog module: ingestion only.
  const off = await ingest(db, false);
  await stopBackend(off.child);
  if (db === 'postgres')
    result.version = (await dropPgDatabases(off.prefix)).version;
  log(`${db} ingest without module`, off.ingestS, 's');
  const on = await ingest(db, true);
  log(`${db} ingest with module`, on.ingestS, 's');
  result.ingest = {
    withoutModule: {
      totalS: off.ingestS,
      startupS: off.startupS,
      afterReadyS: off.ingestAfterReadyS,
    },
    withModule: {
      totalS: on.ingestS,
      startupS: on.startupS,
      afterReadyS: on.ingestAfterReadyS,
    },
    ratio: round(on.ingestS / off.ingestS, 3),
  };
  try {
    result.reconcile = {
      cold: await measuredReconcile(on.token, `${db} cold`),
      warm: await measuredReconcile(on.token, `${db} warm`),
    };
    result.reads = await reads(on.token);
  } finally {
    await stopBackend(on.child);
    if (db === 'postgres') await dropPgDatabases(on.prefix);
  }
  return result;
}

const git = args =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const syncTask = fs.readFileSync(
  path.join(
    ROOT,
    'plugins/governance-backend/src/tasks/scheduleGovernanceSync.ts',
  ),
  'utf8',
);
const results = {
  date: new Date().toISOString(),
  commit: git(['rev-parse', '--short', 'HEAD']),
  // Other engineers' uncommitted edits are in the same working tree.
  dirtyFiles: git(['status', '--porcelain', '--untracked-files=no'])
    .split('\n')
    .filter(Boolean).length,
  syncRuns: `${
    syncTask.includes('syncAll(') ? 'posture.syncAll()' : 'reconcile()'
  }${
    git(['status', '--porcelain', 'plugins/governance-backend/src'])
      ? ' (with uncommitted changes to governance-backend)'
      : ''
  }`,
  apps: N,
  seed: SEED,
  rate: RATE,
  seconds: SECONDS,
  machine: {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    loadAverage: os.loadavg().map(x => round(x)),
  },
  databases: {},
};
// A first start compiles the TypeScript sources (cached afterwards): keep
// it out of the first ingestion figure.
{
  const configFile = writeConfig(dir, {
    db: 'sqlite',
    workloadFiles: [path.join(dir, 'empty.yaml')],
  });
  fs.writeFileSync(path.join(dir, 'empty.yaml'), '');
  const child = startBackend({
    configFile,
    module: true,
    logFile: path.join(dir, 'warmup.log'),
  });
  children.add(child);
  await waitReady(child);
  await stopBackend(child);
  log('warm-up start done');
}
const out = process.env.BENCH_OUT ?? path.join(dir, 'scale.json');
for (const db of DBS) {
  results.machine.loadAverageAfter = os.loadavg().map(x => round(x));
  log(`=== ${db}, ${N} apps`);
  results.databases[db] = await benchDatabase(db);
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
}
results.machine.loadAverageAfter = os.loadavg().map(x => round(x));
fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
log('wrote', path.relative(ROOT, out));
