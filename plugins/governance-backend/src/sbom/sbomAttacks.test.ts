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
import { Knex } from 'knex';
import request from 'supertest';
import { expectUnchanged } from '../__testUtils__/expectUnchanged';
import { crm, hr } from '../__testUtils__/governanceFixtures';
import {
  changedTables,
  governanceRows,
} from '../__testUtils__/governanceTables';
import {
  ciTokenHeader,
  forwardedBy,
  pluginHeader,
  scaffolderHeader,
  userHeader,
} from '../__testUtils__/guardrailsPermissions';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(240_000);

// POST /apps/sbom as an attacker meets it: the real permission backend with
// the Guardrails policy, real tokens of every kind of caller, and lies in
// the SBOM. A refusal is a 4xx naming the field and writes nothing; an
// accepted SBOM writes one record and one audit event for the bound app.

const crmCi = ciTokenHeader('crm-ci');
const hrCi = ciTokenHeader('hr-ci');

const component = (name: string, purl?: string, extra: object = {}) => ({
  type: 'library',
  name,
  version: '1.0.0',
  ...(purl ? { purl } : {}),
  ...extra,
});
const bomOf = (...components: object[]) => ({
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  metadata: {
    timestamp: '2026-03-01T10:00:00Z',
    component: { type: 'application', name: 'crm-record-updater' },
  },
  components,
});
const OPENAI = component('openai', 'pkg:npm/openai@4.0.0');
const EXPRESS = component('express', 'pkg:npm/express@4.21.2');

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('attacks on POST /apps/sbom, on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let knex: Knex;
  let server: any;

  const post = (authorization: string | undefined, body: object | string) => {
    const req = request(server).post('/api/governance/apps/sbom');
    if (authorization) req.set('Authorization', authorization);
    return typeof body === 'string'
      ? req.set('Content-Type', 'application/json').send(body)
      : req.send(body);
  };
  /** Refused with `status`, naming `text`, and nothing written. */
  const refused = async (
    authorization: string | undefined,
    body: object | string,
    status: number,
    text?: string,
  ) => {
    await expectUnchanged(knex, async () => {
      const res = await post(authorization, body);
      const message: string = res.body?.error?.message ?? '';
      expect({
        status: res.status,
        named: text && message.includes(text) ? text : message,
      }).toEqual({ status, named: text ?? message });
    });
  };
  const sbomRows = (entityRef: string) =>
    knex('governance_app_sboms').where({ entity_ref: entityRef }).orderBy('id');
  const sbomEvents = (entityRef: string) =>
    knex('governance_audit_events')
      .where({ entity_ref: entityRef, action: 'app.sbom-submitted' })
      .orderBy('seq');
  const storedPosture = async (entityRef: string) => {
    const row = await knex('governance_apps')
      .where({ entity_ref: entityRef })
      .first();
    return JSON.parse(row.posture);
  };
  const storedPackages = async (entityRef: string) =>
    ((await storedPosture(entityRef)).sbom?.integrations ?? []).map(
      (f: any) => f.package,
    );

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    ({ server } = await startGovernanceTestBackend({
      knex,
      guardrailsPermissions: {
        governance: {
          roles: { admins: ['user:default/frank'] },
          ciTokens: [
            { subject: 'crm-ci', entityRefs: [crm] },
            { subject: 'hr-ci', entityRefs: [hr] },
          ],
        },
      },
    }));
  });

  describe('who may submit', () => {
    it('refuses every caller but the bound CI token and the scaffolder for the owner, writing nothing', async () => {
      expect.hasAssertions();
      const body = { entityRef: crm, bom: bomOf(EXPRESS) };
      for (const caller of [
        userHeader('ada'), // the owner, directly
        userHeader('ben'), // another user
        userHeader('frank'), // a governance admin
        hrCi, // a CI token bound to another app
        scaffolderHeader('user:default/ben'), // the scaffolder for a non-owner
        scaffolderHeader('user:default/frank'), // ... even for an admin
        pluginHeader('plugin:scaffolder'), // the scaffolder on its own
        pluginHeader('plugin:catalog'),
        forwardedBy('plugin:catalog', 'user:default/ada'),
      ]) {
        await refused(caller, body, 403);
      }
      await refused(undefined, body, 401);
      await refused('Bearer not-a-token', body, 401);
    });

    it("binds a CI token to its app however the body spells another's", async () => {
      expect.hasAssertions();
      for (const [entityRef, status] of [
        ['component:default/CRM-Record-Updater', 403],
        ['component:default/crm-record-updater ', 400],
        ['component:crm-record-updater', 403], // hr's token, crm's ref
        ['crm-record-updater', 400],
      ] as const) {
        await refused(hrCi, { entityRef, bom: bomOf(OPENAI) }, status);
      }
    });

    it('accepts the bound CI token and the scaffolder for the owner, storing under the canonical ref whatever the spelling', async () => {
      const viaCi = await post(crmCi, {
        entityRef: 'COMPONENT:default/crm-record-updater',
        bom: bomOf(EXPRESS),
      });
      expect(viaCi.status).toBe(200);
      expect(viaCi.body.entityRef).toBe(crm);
      const implicitNamespace = await post(crmCi, {
        entityRef: 'component:crm-record-updater',
        bom: bomOf(EXPRESS),
      });
      expect(implicitNamespace.status).toBe(200);

      // The catalog finds names in any case; the record must still be the
      // app's, or the evaluation (which reads the canonical ref) misses it.
      const viaScaffolder = await post(scaffolderHeader('user:default/ada'), {
        entityRef: 'component:default/CRM-RECORD-UPDATER',
        bom: bomOf(OPENAI),
      });
      expect(viaScaffolder.status).toBe(200);
      expect(viaScaffolder.body.entityRef).toBe(crm);
      expect(viaScaffolder.body.undeclared).toEqual(['openai']);
      const refs = await knex('governance_app_sboms').distinct('entity_ref');
      expect(refs.map(r => r.entity_ref)).toEqual([crm]);
      const events = await knex('governance_audit_events')
        .where({ action: 'app.sbom-submitted' })
        .distinct('entity_ref');
      expect(events.map(r => r.entity_ref)).toEqual([crm]);
      expect(await storedPackages(crm)).toEqual(['openai']);
    });

    it('attaches an SBOM whose metadata names another app to the bound app only', async () => {
      const before = await governanceRows(knex);
      const bom = {
        ...bomOf(OPENAI),
        metadata: {
          component: { type: 'application', name: 'hr-candidate-tracker' },
        },
      };
      const res = await post(crmCi, { entityRef: crm, bom });
      expect(res.status).toBe(200);
      const after = await governanceRows(knex);
      expect(
        after.governance_app_sboms.filter(r => r.entity_ref === hr),
      ).toEqual(before.governance_app_sboms.filter(r => r.entity_ref === hr));
      expect(after.governance_apps.find(r => r.entity_ref === hr)).toEqual(
        before.governance_apps.find(r => r.entity_ref === hr),
      );
    });
  });

  describe('bad input', () => {
    const deepArrays = (depth: number) =>
      `{"entityRef":"${crm}","bom":{"bomFormat":"CycloneDX","specVersion":"1.6","metadata":{"x":${'['.repeat(
        depth,
      )}${']'.repeat(depth)}}}}`;

    it('answers 400 naming the field for malformed, empty and non-JSON bodies, never 5xx', async () => {
      expect.hasAssertions();
      await refused(crmCi, '{"entityRef":', 400);
      await refused(crmCi, '', 400);
      await refused(crmCi, 'null', 400);
      await refused(crmCi, '[]', 400);
      await refused(crmCi, '"bom"', 400);
      await expectUnchanged(knex, async () => {
        const answers = [];
        for (const [type, text] of [
          ['text/plain', JSON.stringify({ entityRef: crm, bom: bomOf() })],
          ['application/x-www-form-urlencoded', `entityRef=${crm}&bom=x`],
          ['application/xml', '<bom/>'],
        ]) {
          const res = await request(server)
            .post('/api/governance/apps/sbom')
            .set('Authorization', crmCi)
            .set('Content-Type', type)
            .send(text);
          answers.push([type, res.status, res.body?.error?.message]);
        }
        // The typed router names what is wrong with the body: its type.
        expect(answers).toEqual([
          ['text/plain', 400, 'unsupported media type text/plain'],
          [
            'application/x-www-form-urlencoded',
            400,
            'unsupported media type application/x-www-form-urlencoded',
          ],
          ['application/xml', 400, 'unsupported media type application/xml'],
        ]);
      });
    });

    it('refuses hostile sizes and shapes with 400, never 5xx', async () => {
      expect.hasAssertions();
      // 5 MB of nested arrays: parsed, then refused before any recursion.
      await refused(crmCi, deepArrays(2_500_000), 400, '"bom"');
      // Past the body limit.
      await refused(
        crmCi,
        deepArrays(5_300_000),
        400,
        'request entity too large',
      );
      // Nested where the schema does not let anything be.
      await refused(
        crmCi,
        `{"entityRef":${'['.repeat(100_000)}${']'.repeat(100_000)},"bom":{}}`,
        400,
        'entityRef',
      );
      const many = Array.from({ length: 50_001 }, (_, i) => ({
        name: `p${i}`,
      }));
      await refused(
        crmCi,
        { entityRef: crm, bom: bomOf(...many) },
        400,
        '"bom.components": more than 50000 components',
      );
      await refused(
        crmCi,
        {
          entityRef: crm,
          bom: bomOf(component('openai', `pkg:npm/${'a'.repeat(5000)}`)),
        },
        400,
        'bom.components.0.purl',
      );
      await refused(
        crmCi,
        { entityRef: crm, bom: bomOf({ name: 'openai', version: 4 }) },
        400,
        'bom.components.0.version',
      );
    });

    it('refuses prototype keys in an SBOM: its digest would not be of the document sent', async () => {
      expect.hasAssertions();
      for (const [text, field] of [
        [
          `{"entityRef":"${crm}","bom":{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"lodash","__proto__":{"purl":"pkg:npm/openai@4"}}]}}`,
          'bom.components.0.__proto__',
        ],
        [
          `{"entityRef":"${crm}","bom":{"bomFormat":"CycloneDX","specVersion":"1.6","__proto__":{"components":[]}}}`,
          'bom.__proto__',
        ],
      ]) {
        await refused(crmCi, text, 400, field);
      }
      // Nothing leaked into the prototype of plain objects.
      expect(({} as any).purl).toBeUndefined();
    });
  });

  describe('lies in the components', () => {
    it('reads malformed, huge and odd package URLs without failing, and finds the SDK however it is spelled', async () => {
      const res = await post(crmCi, {
        entityRef: crm,
        bom: bomOf(
          component('broken', 'pkg:npm/%E0%A4%A@1'),
          component('empty', 'pkg:npm/'),
          component('long', `pkg:npm/${'%41'.repeat(1300)}@1`),
          component('constructor', 'pkg:npm/constructor@1', {
            constructor: { prototype: { llmClient: true } },
          }),
          component('OpenAI', 'PKG:NPM/%6Fpenai@4.1.0'),
          component('openai', 'pkg:npm/openai@3.0.0'),
          component('openai', 'pkg:npm/openai@4.0.0'),
          component('psycopg2', 'pkg:pypi/Psycopg2@2.9'),
        ),
      });
      expect(res.status).toBe(200);
      expect(res.body.componentCount).toBe(8);
      // Duplicates count once, with the first version seen.
      expect(
        res.body.integrations.map((f: any) => [f.package, f.version]),
      ).toEqual([
        ['openai', '1.0.0'],
        ['psycopg2', '1.0.0'],
      ]);
      expect(res.body.findings.map((f: any) => f.ruleId)).toEqual(
        expect.arrayContaining(['sbom-undeclared-llm-client']),
      );
    });

    it('maps a mapped name in another ecosystem to nothing, and records that the LLM client disappeared', async () => {
      const shown = await post(crmCi, { entityRef: crm, bom: bomOf(OPENAI) });
      expect(shown.status).toBe(200);
      expect(shown.body.undeclared).toEqual(['openai']);
      const hidden = await post(crmCi, {
        entityRef: crm,
        bom: bomOf(
          component('openai', 'pkg:maven/com.example/openai@4.0.0'),
          component('web-api', 'pkg:maven/%40slack/web-api@7.8.0', {
            group: '@slack',
          }),
        ),
      });
      expect(hidden.status).toBe(200);
      expect(hidden.body.integrations).toEqual([]);
      expect(await storedPackages(crm)).toEqual([]);
      // The history keeps both, and the audit event says what went away.
      const rows = await sbomRows(crm);
      expect(
        rows.slice(-2).map(r => JSON.parse(r.facts).integrations.length),
      ).toEqual([1, 0]);
      const events = await sbomEvents(crm);
      expect(JSON.parse(events[events.length - 1].payload)).toMatchObject({
        integrations: [],
        removed: ['openai'],
      });
    });

    it('refuses to roll the facts back with an SBOM older than the latest (409), writing nothing', async () => {
      const fresh = {
        ...bomOf(OPENAI),
        metadata: { timestamp: '2026-03-02T10:00:00Z' },
      };
      expect((await post(crmCi, { entityRef: crm, bom: fresh })).status).toBe(
        200,
      );
      const older = {
        ...bomOf(EXPRESS),
        metadata: { timestamp: '2026-03-01T09:00:00Z' },
      };
      await refused(
        crmCi,
        { entityRef: crm, bom: older },
        409,
        'bom.metadata.timestamp',
      );
      expect(await storedPackages(crm)).toEqual(['openai']);
      // The same SBOM again, or a newer one, is taken.
      expect((await post(crmCi, { entityRef: crm, bom: fresh })).status).toBe(
        200,
      );
      for (const timestamp of ['yesterday', '2999-01-01T00:00:00Z', 42]) {
        await refused(
          crmCi,
          { entityRef: crm, bom: { ...fresh, metadata: { timestamp } } },
          400,
          'bom.metadata.timestamp',
        );
      }
      // An SBOM that does not say when it was made is taken as it comes.
      const undated = { ...bomOf(OPENAI), metadata: {} };
      expect((await post(crmCi, { entityRef: crm, bom: undated })).status).toBe(
        200,
      );
    });
  });

  describe('consistency', () => {
    it('keeps the newest of concurrent submissions as the facts and the stored posture, with one record and one event each', async () => {
      const rowsBefore = (await sbomRows(hr)).length;
      const eventsBefore = (await sbomEvents(hr)).length;
      const boms = [
        bomOf(OPENAI),
        bomOf(EXPRESS),
        bomOf(component('pg', 'pkg:npm/pg@8')),
        bomOf(component('stripe', 'pkg:npm/stripe@1')),
        bomOf(component('axios', 'pkg:npm/axios@1')),
      ].map(b => ({ ...b, metadata: { timestamp: '2026-03-05T00:00:00Z' } }));
      const results = await Promise.all(
        boms.map(bom => post(hrCi, { entityRef: hr, bom })),
      );
      expect(results.map(r => r.status)).toEqual([200, 200, 200, 200, 200]);
      const rows = await sbomRows(hr);
      expect(rows).toHaveLength(rowsBefore + 5);
      expect(await sbomEvents(hr)).toHaveLength(eventsBefore + 5);
      // Whatever the order, the stored posture is of the latest record.
      const latest = rows[rows.length - 1];
      const stored = await storedPosture(hr);
      expect(stored.sbom.sbomSha256).toBe(latest.sbom_sha256);
    });

    it('evaluates only the submitting app, and reads stay read-only', async () => {
      const before = await governanceRows(knex);
      const res = await post(crmCi, {
        entityRef: crm,
        bom: {
          ...bomOf(EXPRESS),
          metadata: { timestamp: '2026-04-01T00:00:00Z' },
        },
      });
      expect(res.status).toBe(200);
      const after = await governanceRows(knex);
      const others = (rows: any[]) => rows.filter(r => r.entity_ref !== crm);
      expect(others(after.governance_apps)).toEqual(
        others(before.governance_apps),
      );
      const newEvents =
        after.governance_audit_events.length -
        before.governance_audit_events.length;
      expect(
        after.governance_audit_events.filter(
          (e: any) => e.action === 'app.sbom-submitted',
        ).length -
          before.governance_audit_events.filter(
            (e: any) => e.action === 'app.sbom-submitted',
          ).length,
      ).toBe(1);
      expect(newEvents).toBeGreaterThanOrEqual(1);
      expect(changedTables(before, after)).toContain('governance_app_sboms');

      await expectUnchanged(knex, async () => {
        for (const [route, caller] of [
          ['/posture', userHeader('ada')],
          ['/posture', crmCi],
          ['/promotion-gate', crmCi],
        ] as const) {
          const read = await request(server)
            .get(`/api/governance${route}`)
            .query({ entityRef: crm })
            .set('Authorization', caller);
          expect([route, read.status]).toEqual([route, 200]);
        }
      });
    });
  });
});
