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
import { TestDatabases } from '@backstage/backend-test-utils';
import { denyGovernance } from '../__testUtils__/denyGovernancePermissions';
import {
  callAs,
  startGovernanceTestBackend,
  useGovernanceTestBackend,
} from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('app registry export on %p', databaseId => {
  const backend = useGovernanceTestBackend(databaseId);

  it('exports the registry as CSV', async () => {
    const res = await callAs(backend.server, 'user:default/frank').get(
      '/apps/registry?format=csv',
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toMatch(/^entityRef,lifecycleState,approvalTier/);
    expect(lines).toHaveLength(7);
  });

  it('names the bad query parameter', async () => {
    const res = await callAs(backend.server, 'user:default/frank').get(
      '/apps/registry?format=xml',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/"format"/);
  });
});

describe('app registry export when the permission policy denies', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('refuses the registry export with 403', async () => {
    const { server } = await startGovernanceTestBackend({
      knex: await databases.init('SQLITE_3'),
      extraFeatures: [denyGovernance],
    });
    const as = callAs(server, 'user:default/ada');
    expect((await as.get('/apps/registry?format=csv')).status).toBe(403);
  });
});
