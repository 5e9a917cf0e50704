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
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import {
  callAs,
  startGovernanceTestBackend,
} from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(180_000);

const apps = [
  'standup-notes-bot',
  'where2eat',
  'hr-candidate-tracker',
  'finance-expense-app',
  'crm-record-updater',
  'patient-intake-assistant',
].map(name => `component:default/${name}`);
const ungoverned = 'component:default/shadow-pricing-sheet';
const hr = 'component:default/hr-candidate-tracker';
const mallory = 'user:default/mallory';

/** The catalog hides every entity from mallory; everything else is allowed. */
const hideCatalogFromMallory = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => {
    const decide = (
      requests: Array<{ permission: { name: string } }>,
      options?: { credentials?: { principal?: { userEntityRef?: string } } },
    ) =>
      requests.map(r => ({
        result:
          r.permission.name === 'catalog.entity.read' &&
          options?.credentials?.principal?.userEntityRef === mallory
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      }));
    return { authorize: decide, authorizeConditional: decide } as any;
  },
});

const RUN_LOG = 'governance_reconciliations';

/** Every row of every governance table, to compare before and after. */
async function governanceRows(knex: Knex) {
  const tables: string[] =
    knex.client.config.client === 'pg'
      ? (
          await knex('information_schema.tables')
            .whereRaw('table_schema = current_schema()')
            .andWhere('table_name', 'like', 'governance%')
            .select('table_name')
        ).map((r: { table_name: string }) => r.table_name)
      : (
          await knex('sqlite_master')
            .where({ type: 'table' })
            .andWhere('name', 'like', 'governance%')
            .select('name')
        ).map((r: { name: string }) => r.name);
  const rows: Record<string, string[]> = {};
  // The reconciliation's own log of its runs is not app data.
  for (const table of tables.filter(t => t !== RUN_LOG).sort()) {
    rows[table] = (await knex(table).select()).map(r => JSON.stringify(r));
    rows[table].sort();
  }
  return rows;
}

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('posture reads on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let server: any;
  let knex: Knex;
  let runSync: () => Promise<void>;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    // The helper runs the sync once the catalog has the examples.
    ({ server, runSync } = await startGovernanceTestBackend({
      knex,
      extraFeatures: [hideCatalogFromMallory],
    }));
  });

  it('serves the posture the sync stored', async () => {
    const ref = 'component:default/patient-intake-assistant';
    const row = await knex('governance_apps')
      .where({ entity_ref: ref })
      .first();
    expect(row).toMatchObject({
      title: expect.any(String),
      pack_versions: expect.stringContaining('guardrails-default@1.1.0'),
    });
    const stored = JSON.parse(row.posture);
    expect(stored.risk.dimensions.length).toBeGreaterThan(0);

    const res = await callAs(server, 'user:default/frank').get(
      `/posture?entityRef=${ref}`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: ref,
      governed: true,
      title: row.title,
      risk: { score: row.risk_score, tier: row.approval_tier },
      evaluatedAt: new Date(row.evaluated_at).toISOString(),
      lifecycle: { state: row.lifecycle_state },
    });
    expect(res.body.risk.requiredControls).toEqual(
      stored.risk.requiredControls,
    );
    expect(res.body.policy.findings).toHaveLength(
      stored.policy.findings.length,
    );
    expect(res.body.approval).toMatchObject({ entityRef: ref });
  });

  it('writes nothing on reads, and the sync does not rewrite unchanged apps', async () => {
    const before = await governanceRows(knex);
    expect(before.governance_audit_events.length).toBeGreaterThan(0);
    const as = callAs(server, 'user:default/frank');
    const [bundle] = (await as.get(`/evidence?entityRef=${apps[0]}`)).body
      .items;
    for (let round = 0; round < 3; round++) {
      for (const ref of [...apps, ungoverned]) {
        for (const route of [
          'posture',
          'promotion-gate',
          'evidence',
          'exceptions',
          'attestations',
        ]) {
          expect((await as.get(`/${route}?entityRef=${ref}`)).status).toBe(200);
        }
      }
      expect((await as.get(`/evidence/${bundle.id}`)).status).toBe(200);
      expect((await as.get(`/evidence/${bundle.id}/verify`)).status).toBe(200);
    }
    expect(await governanceRows(knex)).toEqual(before);

    await runSync();
    expect(await governanceRows(knex)).toEqual(before);
  });

  it('answers 404 for an app not evaluated yet, and serves it once the sync ran', async () => {
    const ref = 'component:default/where2eat';
    await knex('governance_apps')
      .where({ entity_ref: ref })
      .update({ posture: null, posture_hash: null });
    const as = callAs(server, 'user:default/frank');
    for (const route of ['posture', 'promotion-gate']) {
      const res = await as.get(`/${route}?entityRef=${ref}`);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(
        `${ref} has not been evaluated yet; the governance sync evaluates it within 5 minutes`,
      );
    }
    await runSync();
    expect((await as.get(`/posture?entityRef=${ref}`)).status).toBe(200);
  });

  it('hides an app’s governance data from callers who may not read it in the catalog', async () => {
    const [bundle] = (
      await callAs(server, 'user:default/frank').get(
        `/evidence?entityRef=${apps[0]}`,
      )
    ).body.items;
    const before = await governanceRows(knex);
    const as = callAs(server, mallory);
    for (const route of [
      `/posture?entityRef=${apps[0]}`,
      `/promotion-gate?entityRef=${apps[0]}`,
      `/evidence?entityRef=${apps[0]}`,
      `/exceptions?entityRef=${apps[0]}`,
      `/attestations?entityRef=${apps[0]}`,
      `/posture?entityRef=${ungoverned}`,
      `/evidence/${bundle.id}`,
      `/evidence/${bundle.id}/verify`,
    ]) {
      const res = await as.get(route);
      expect({ route, status: res.status }).toEqual({ route, status: 404 });
      expect(JSON.stringify(res.body)).not.toContain('signatures');
    }
    expect(await governanceRows(knex)).toEqual(before);
  });

  it('signs evidence when a reviewer approves, without any posture read', async () => {
    const request = await knex('governance_approval_requests')
      .where({ entity_ref: hr, status: 'pending' })
      .first();
    expect(
      await knex('governance_evidence').where({ approval_id: request.id }),
    ).toHaveLength(0);

    const decided = await callAs(server, 'user:default/frank').post(
      `/approvals/${request.id}/decisions`,
      { role: 'team-lead', decision: 'approve', comment: 'Reviewed the risk' },
    );
    expect(decided.body.status).toBe('approved');

    const [evidence] = await knex('governance_evidence').where({
      approval_id: request.id,
    });
    const { dsseEnvelope } = JSON.parse(evidence.bundle);
    const statement = JSON.parse(
      Buffer.from(dsseEnvelope.payload, 'base64').toString(),
    );
    expect(statement).toMatchObject({
      subject: [{ name: hr }],
      predicate: {
        approval: { id: request.id, status: 'approved' },
        risk: { tier: 1 },
      },
    });
    const events = await knex('governance_audit_events').where({
      entity_ref: hr,
      action: 'evidence.created',
    });
    expect(events).toHaveLength(1);
  });
});
