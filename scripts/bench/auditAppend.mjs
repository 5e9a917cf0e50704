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
// Audit appends per second on PostgreSQL with two backend processes
// appending at once to one chain (issue goal: 2,000/s, no gaps). Prints
// figures and writes them to BENCH_APPEND_OUT; asserts nothing. Each
// process has BENCH_APPEND_CONCURRENCY (8, then 32) appends in flight, as a
// backend has as many requests in flight as it is sent.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PG, ROOT, round } from './lib.mjs';

const require = createRequire(import.meta.url);
const knexFactory = require('knex');
const EVENTS = Number(process.env.BENCH_APPEND_EVENTS ?? 5000);
const CONCURRENCY = (process.env.BENCH_APPEND_CONCURRENCY ?? '8,32')
  .split(',')
  .map(Number);
const PROCESSES = 2;
const DB = 'guardrails_bench_audit';
const url = `postgresql://${PG.user}@${PG.host}:${PG.port}`;

async function freshDatabase() {
  const admin = knexFactory({ client: 'pg', connection: `${url}/postgres` });
  await admin.raw(`DROP DATABASE IF EXISTS ${DB}`);
  await admin.raw(`CREATE DATABASE ${DB}`);
  await admin.destroy();
  const knex = knexFactory({ client: 'pg', connection: `${url}/${DB}` });
  await knex.migrate.latest({
    directory: path.join(ROOT, 'plugins/governance-backend/migrations'),
    tableName: 'governance__knex_migrations',
  });
  return knex;
}

function startAppender(worker, concurrency, env = {}) {
  const loader = require.resolve(
    '@backstage/cli-node/config/nodeTransform.cjs',
  );
  return fork(path.join(ROOT, 'scripts/bench/auditAppender.ts'), [], {
    execArgv: ['--require', loader],
    env: {
      ...process.env,
      BENCH_APPEND_DB: `${url}/${DB}`,
      BENCH_APPEND_EVENTS: String(EVENTS),
      BENCH_APPEND_CONCURRENCY: String(concurrency),
      BENCH_APPEND_WORKER: worker,
      ESBK_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json'),
      ...env,
    },
  });
}

const nextMessage = async (child, key) => {
  for (;;) {
    const [message] = await once(child, 'message');
    if (message[key]) return message;
  }
};

async function measure(concurrency) {
  const knex = await freshDatabase();
  const children = ['a', 'b']
    .slice(0, PROCESSES)
    .map(worker => startAppender(worker, concurrency));
  await Promise.all(children.map(c => nextMessage(c, 'ready')));
  const started = performance.now();
  const done = children.map(c => nextMessage(c, 'done'));
  children.forEach(c => c.send('go'));
  await Promise.all(done);
  const seconds = (performance.now() - started) / 1000;

  // One chain, no gaps: seq runs 1..n and every link holds.
  const { n, max } = await knex('governance_audit_events')
    .count({ n: '*' })
    .max({ max: 'seq' })
    .first();
  await knex.destroy();
  const verifier = startAppender('verify', 1, { BENCH_APPEND_MODE: 'verify' });
  const { valid } = await nextMessage(verifier, 'verified');
  const result = {
    processes: PROCESSES,
    concurrency,
    events: Number(n),
    seconds: round(seconds),
    appendsPerSecond: Math.round(Number(n) / seconds),
    gapless: Number(n) === Number(max) && Number(n) === PROCESSES * EVENTS,
    chainValid: valid,
  };
  console.log(
    `audit appends on PostgreSQL, ${PROCESSES} processes x ${concurrency} in flight: ${result.events} events in ${result.seconds} s = ${result.appendsPerSecond}/s; gapless ${result.gapless}, chain valid ${result.chainValid}`,
  );
  return result;
}

async function main() {
  const runs = [];
  for (const concurrency of CONCURRENCY) runs.push(await measure(concurrency));
  if (process.env.BENCH_APPEND_OUT) {
    fs.writeFileSync(
      process.env.BENCH_APPEND_OUT,
      JSON.stringify({ date: new Date().toISOString(), runs }),
    );
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
