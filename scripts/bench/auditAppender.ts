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
// One process of the audit append benchmark (scripts/bench/auditAppend.mjs):
// appends BENCH_APPEND_EVENTS events through the backend's own audit store,
// BENCH_APPEND_CONCURRENCY at a time, once the parent says go; with
// BENCH_APPEND_MODE=verify it verifies the chain instead.
import knexFactory from 'knex';
import { DatabaseAuditLogStore } from '../../plugins/governance-backend/src/audit/DatabaseAuditLogStore';

const events = Number(process.env.BENCH_APPEND_EVENTS ?? 5000);
const concurrency = Number(process.env.BENCH_APPEND_CONCURRENCY ?? 8);
const worker = process.env.BENCH_APPEND_WORKER ?? 'a';

async function main() {
  const knex = knexFactory({
    client: 'pg',
    connection: process.env.BENCH_APPEND_DB!,
    pool: { min: concurrency, max: concurrency },
  });
  const store = new DatabaseAuditLogStore(knex);
  if (process.env.BENCH_APPEND_MODE === 'verify') {
    const { valid } = await store.verify();
    process.send!({ verified: true, valid });
    await knex.destroy();
    return;
  }
  await knex.raw('select 1');
  process.send!({ ready: true });
  await new Promise<void>(resolve => process.once('message', () => resolve()));
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < events) {
        const n = next++;
        await store.append({
          actor: `user:default/bench-${worker}`,
          action: 'exception.requested',
          entityRef: `component:default/app-${n % 1000}`,
          occurredAt: new Date(),
          payload: { worker, n },
        });
      }
    }),
  );
  process.send!({ done: true, seconds: (performance.now() - started) / 1000 });
  await knex.destroy();
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
