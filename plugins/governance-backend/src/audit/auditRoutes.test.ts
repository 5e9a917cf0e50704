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
import {
  callAs,
  useGovernanceTestBackend,
} from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

// The query parameters of the audit export, as the OpenAPI spec and the
// route check them together: numbers and dates arrive as query strings.
describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('audit log export on %p', databaseId => {
  const backend = useGovernanceTestBackend(databaseId);
  const auditor = () => callAs(backend.server, 'user:default/frank');

  beforeAll(async () => {
    // Evaluating apps opens approval requests, which the audit log records.
    for (const name of ['where2eat', 'crm-record-updater']) {
      await auditor().get(`/posture?entityRef=component:default/${name}`);
    }
  });

  it('returns at most `limit` events, between `from` and `to`', async () => {
    const all = await auditor().get('/audit/events');
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThan(1);

    const one = await auditor().get('/audit/events?limit=1');
    expect(one.status).toBe(200);
    expect(one.body.items).toEqual([all.body.items[0]]);

    const future = new Date(Date.now() + 86_400_000).toISOString();
    const none = await auditor().get(
      `/audit/events?from=${encodeURIComponent(future)}`,
    );
    expect(none.status).toBe(200);
    expect(none.body.items).toEqual([]);
    const upToNow = await auditor().get(
      `/audit/events?to=${encodeURIComponent(future)}`,
    );
    expect(upToNow.body.items).toHaveLength(all.body.items.length);
  });

  it.each([
    ['limit=0', '"limit"'],
    ['limit=many', '"limit"'],
    ['from=yesterday', '"from"'],
    ['format=xml', '"format"'],
    ['colour=blue', '"colour"'],
  ])('answers 400 naming the parameter for %p', async (query, field) => {
    const res = await auditor().get(`/audit/events?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
  });
});
