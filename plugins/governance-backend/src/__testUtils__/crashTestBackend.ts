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

// The governance test backend as a process of its own, for the crash test
// (src/audit/crashRecovery.test.ts), which kills it with SIGKILL: started
// with Backstage's node transform on the database GOVERNANCE_CRASH_DB
// names (a knex config as JSON), it prints its port once it serves.
import { AddressInfo } from 'node:net';
import knexFactory from 'knex';
import { startGovernanceTestBackend } from './startGovernanceTestBackend';

async function main() {
  const knex = knexFactory({
    ...JSON.parse(process.env.GOVERNANCE_CRASH_DB ?? '{}'),
    useNullAsDefault: true,
  });
  const backend = await startGovernanceTestBackend({ knex, sync: false });
  const { port } = backend.server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ port })}\n`);
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
