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

// Helpers of the scale benchmark: the bench backend's process, its config,
// HTTP calls with a guest token, load runs with autocannon.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import autocannon from 'autocannon';

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const PORT = Number(process.env.BENCH_PORT ?? 7107);
export const BASE = `http://localhost:${PORT}`;
export const PG = { host: '127.0.0.1', port: 5432, user: 'postgres' };

export const sleep = ms => new Promise(r => setTimeout(r, ms));
export const round = (x, d = 2) =>
  x === undefined || x === null ? null : Number(x.toFixed(d));

/** Writes the bench config overlay for one backend start. */
export function writeConfig(dir, { db, prefix, workloadFiles }) {
  const database =
    db === 'sqlite'
      ? { client: 'better-sqlite3', connection: ':memory:' }
      : { client: 'pg', connection: PG, prefix };
  const config = {
    backend: { baseUrl: BASE, listen: { port: PORT }, database },
    catalog: {
      locations: workloadFiles.map(target => ({
        type: 'file',
        target,
        rules: [{ allow: ['Component', 'Group'] }],
      })),
    },
    // The benchmark triggers the sync itself: no run on its own meanwhile
    // (yearly, on 1 January; an initialDelay would hold off triggers too).
    governance: {
      // PostgreSQL requires a configured signing key; a throwaway one.
      signing: {
        keyId: 'guardrails-bench',
        privateKey: generateKeyPairSync('ed25519')
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      },
      schedules: {
        sync: { frequency: { cron: '0 0 1 1 *' }, timeout: { minutes: 30 } },
      },
      // Cold means cold: no evaluations on catalog change events first.
      reconciliation: { catalogEvents: false },
    },
  };
  const file = path.join(dir, `app-config.bench-${db}.yaml`);
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/** Starts scripts/bench/backend.ts; resolves once it is spawned. */
export function startBackend({ configFile, module, logFile }) {
  const loader = require.resolve(
    '@backstage/cli-node/config/nodeTransform.cjs',
  );
  const out = fs.openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    [
      '--enable-source-maps',
      '--require',
      loader,
      path.join(ROOT, 'scripts/bench/backend.ts'),
      '--config',
      path.join(ROOT, 'app-config.yaml'),
      '--config',
      configFile,
    ],
    {
      cwd: path.join(ROOT, 'packages/backend'),
      env: {
        ...process.env,
        NODE_ENV: 'development',
        BENCH_GOVERNANCE_MODULE: module ? '1' : '0',
        ESBK_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json'),
      },
      stdio: ['ignore', out, out],
      detached: true,
    },
  );
  return child;
}

export async function stopBackend(child) {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 15000);
  await exited;
  clearTimeout(timer);
}

export async function waitReady(child, timeoutMs = 300000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error('The bench backend exited');
    try {
      const res = await fetch(`${BASE}/.backstage/health/v1/readiness`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error('The bench backend did not become ready');
}

export async function guestToken() {
  const res = await fetch(`${BASE}/api/auth/guest/refresh`, {
    method: 'POST',
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!res.ok) throw new Error(`Guest sign-in failed: ${res.status}`);
  return (await res.json()).backstageIdentity.token;
}

export async function api(token, method, urlPath) {
  let res;
  for (let attempt = 1; ; attempt++) {
    try {
      res = await fetch(`${BASE}${urlPath}`, {
        method,
        headers: { Authorization: `Bearer ${token}` },
      });
      break;
    } catch (e) {
      // A reset keep-alive connection, for instance: try again.
      if (attempt === 3) throw e;
      await sleep(200);
    }
  }
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${urlPath}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * Offers `rate` requests/s for `seconds` (or until stop()) to paths made by
 * pathFor(i); returns p50/p99 latency (ms), throughput and failures.
 */
export function load({ token, pathFor, rate, seconds, connections = 50 }) {
  let i = 0;
  // One request first, so that a failing route says how it fails.
  const probe = fetch(`${BASE}${pathFor(0)}`, {
    headers: { authorization: `Bearer ${token}` },
  }).then(async res =>
    res.ok ? null : `${res.status} ${(await res.text()).slice(0, 200)}`,
  );
  const instance = autocannon({
    url: BASE,
    connections,
    overallRate: rate,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: req => ({ ...req, path: pathFor(i++) }),
      },
    ],
  });
  const result = new Promise((resolve, reject) => {
    instance.on('done', async r =>
      resolve({
        failure: await probe.catch(e => String(e)),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        maxMs: r.latency.max,
        rps: round(r.requests.average, 1),
        requests: r.requests.total,
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
      }),
    );
    instance.on('error', reject);
  });
  return { result, stop: () => instance.stop() };
}

/** Drops every PostgreSQL database whose name starts with prefix. */
export async function dropPgDatabases(prefix) {
  const pg = require(require.resolve('pg', {
    paths: [path.join(ROOT, 'node_modules/@backstage/backend-defaults')],
  }));
  const client = new pg.Client({ ...PG, database: 'postgres' });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    const version = await client.query('SHOW server_version');
    return { dropped: rows.length, version: version.rows[0].server_version };
  } finally {
    await client.end();
  }
}
