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
import { GovernanceClient } from './GovernanceClient';

// The backend is stood in for by a fetch stub here; the real backend is
// exercised by the governance-backend tests and the Playwright journey.
describe('GovernanceClient (backend stood in for by a fetch stub)', () => {
  const fetch = jest.fn();
  const client = new GovernanceClient({
    discoveryApi: {
      getBaseUrl: async (pluginId: string) =>
        `http://backstage/api/${pluginId}`,
    },
    fetchApi: { fetch },
  });

  afterEach(() => fetch.mockReset());

  it('asks for the posture of an entity ref, URL-encoded', async () => {
    fetch.mockResolvedValue(
      new Response(
        JSON.stringify({ entityRef: 'component:default/where2eat' }),
      ),
    );
    const posture = await client.getPosture('component:default/where2eat');
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(
      'http://backstage/api/governance/posture?entityRef=component%3Adefault%2Fwhere2eat',
    );
    expect(init.method).toBe('GET');
    expect(posture.entityRef).toBe('component:default/where2eat');
  });

  it('downloads the registry and the audit log as CSV files', async () => {
    fetch.mockImplementation(async () => new Response('entityRef\n'));
    const registry = await client.downloadCsv('registry');
    await client.downloadCsv('audit');
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      'http://backstage/api/governance/apps/registry?format=csv',
      'http://backstage/api/governance/audit/events?format=csv',
    ]);
    expect(await registry.text()).toBe('entityRef\n');
  });

  it('downloads the KPIs by month as CSV or JSON, for as many months as asked', async () => {
    fetch.mockImplementation(async () => new Response('month,apps-created\n'));
    const csv = await client.exportKpis('csv');
    await client.exportKpis('json', 3);
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      'http://backstage/api/governance/kpis/export?format=csv',
      'http://backstage/api/governance/kpis/export?format=json&months=3',
    ]);
    expect(await csv.text()).toBe('month,apps-created\n');
  });

  it("asks for an app's value by its entity ref, URL-encoded", async () => {
    fetch.mockResolvedValue(
      new Response(JSON.stringify({ entityRef: 'component:default/x' })),
    );
    await client.getAppValue('component:default/x');
    expect(fetch.mock.calls[0][0]).toBe(
      'http://backstage/api/governance/apps/value?entityRef=component%3Adefault%2Fx',
    );
  });

  it('turns an error response into a ResponseError carrying the backend message', async () => {
    fetch.mockResolvedValue(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotFoundError',
            message: 'No catalog entity found for x',
          },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    await expect(
      client.getPosture('component:default/x'),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
      body: { error: { message: 'No catalog entity found for x' } },
    });
  });

  it('posts a profile to evaluate', async () => {
    const answer = { risk: { tier: 0 }, policy: { findings: [] } };
    fetch.mockResolvedValue(new Response(JSON.stringify(answer)));
    expect(await client.evaluateProfile({} as any)).toEqual(answer);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://backstage/api/governance/profiles/evaluate');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body)).toEqual({ profile: {} });
  });

  it("posts the owner's resubmission of a changes-requested request", async () => {
    fetch.mockResolvedValue(
      new Response(JSON.stringify({ id: 'r2', status: 'pending' })),
    );
    const next = await client.resubmitApproval('r1', {
      comment: 'Retention set to 90 days',
    });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://backstage/api/governance/approvals/r1/resubmit');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body)).toEqual({
      comment: 'Retention set to 90 days',
    });
    expect(next).toMatchObject({ id: 'r2', status: 'pending' });
  });

  it('collects governance profile errors from the catalog, ignoring other errors', async () => {
    const entry = (name: string, message: string) => ({
      location_key: 'file:/apps.yaml',
      unprocessed_entity: {
        kind: 'Component',
        metadata: { name },
        spec: { owner: 'group:team-a' },
      },
      errors: [{ message }],
    });
    fetch.mockImplementation(
      async (url: string) =>
        new Response(
          JSON.stringify({
            entities: url.endsWith('/pending')
              ? [
                  entry(
                    'legacy-survey-tool',
                    'InputError: Invalid governance profile in component:default/legacy-survey-tool: spec.governance.dataClassification: Invalid option',
                  ),
                  entry('other', 'InputError: Policy check failed'),
                ]
              : [],
          }),
        ),
    );
    const errors = await client.getProfileErrors();
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      'http://backstage/api/catalog/entities/unprocessed/pending',
      'http://backstage/api/catalog/entities/unprocessed/failed',
    ]);
    expect(errors).toEqual([
      {
        entityRef: 'component:default/legacy-survey-tool',
        owner: 'group:team-a',
        location: 'file:/apps.yaml',
        issues: [
          {
            field: 'spec.governance.dataClassification',
            message: 'Invalid option',
          },
        ],
      },
    ]);
  });
});
