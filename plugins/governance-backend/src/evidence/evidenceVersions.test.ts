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
import request from 'supertest';
import {
  ciTokenHeader,
  scaffolderHeader,
} from '../__testUtils__/guardrailsPermissions';
import {
  callAs,
  useGovernanceTestBackend,
} from '../__testUtils__/startGovernanceTestBackend';
import {
  eventually,
  governedComponent,
  testEntityProvider,
} from '../__testUtils__/testEntityProvider';

jest.setTimeout(240_000);

const ref = 'component:default/versioned-app';
const sbom = {
  format: 'CycloneDX',
  specVersion: '1.6',
  componentCount: 3,
  sha256: 'c'.repeat(64),
  path: 'sbom.cdx.json',
};
const secretScan = { tool: 'secretlint', filesScanned: 5, findings: 0 };

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('evidence versions on %p', databaseId => {
  const provider = testEntityProvider();
  const backend = useGovernanceTestBackend(databaseId, {
    extraFeatures: [provider.module],
    governance: { reconciliation: { catalogEvents: true } },
    guardrailsPermissions: {
      governance: {
        ciTokens: [{ subject: 'versioned-app-ci', entityRefs: [ref] }],
      },
    },
  });

  const admin = () => callAs(backend.server, 'user:default/frank');
  const evidence = async () =>
    (await admin().get(`/evidence?entityRef=${ref}`)).body.items as Array<{
      id: string;
      approvalId: string;
      version: number;
    }>;
  const statementOf = async (id: string) => {
    const bundle = (await admin().get(`/evidence/${id}`)).body;
    return JSON.parse(
      Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString(),
    ).predicate;
  };
  const registerAs = (authorization: string, body: object) =>
    request(backend.server)
      .post('/api/governance/apps/register')
      .set('Authorization', authorization)
      .send({ entityRef: ref, ...body });

  it('signs provenance recorded after the approval in new versions, listing who asserted each record', async () => {
    // The catalog announces the app before the template registers it: the
    // automatic approval is signed without provenance.
    await provider.provide([
      governedComponent('versioned-app', {
        dataClassification: 'public',
        owner: 'user:default/guest',
      }),
    ]);
    const first = await eventually(evidence, items => items?.length === 1);
    expect(first).toEqual([expect.objectContaining({ version: 1 })]);
    expect(await statementOf(first[0].id)).not.toHaveProperty('provenance');

    const registered = await registerAs(
      scaffolderHeader('user:default/guest'),
      {
        templateRef: 'template:default/notification-bot',
        repoUrl: 'http://localhost:7009/apps/versioned-app.git',
        sbom,
        secretScan,
      },
    );
    expect(registered.status).toBe(200);
    expect(registered.body.approvalId).toBe(first[0].approvalId);
    const second = await evidence();
    expect(second.map(e => [e.version, e.approvalId])).toEqual([
      [2, first[0].approvalId],
      [1, first[0].approvalId],
    ]);
    const v2 = await statementOf(second[0].id);
    expect(v2).toMatchObject({
      version: 2,
      supersedes: first[0].id,
      provenance: { sbom, secretScan },
      provenanceHistory: [
        {
          assertedBy: 'user:default/guest',
          actingService: 'plugin:scaffolder',
          sbom,
        },
      ],
    });

    const fresh = { ...sbom, sha256: 'd'.repeat(64), componentCount: 5 };
    const fromCi = await registerAs(ciTokenHeader('versioned-app-ci'), {
      sbom: fresh,
    });
    expect(fromCi.status).toBe(200);
    const third = await evidence();
    expect(third.map(e => e.version)).toEqual([3, 2, 1]);
    const v3 = await statementOf(third[0].id);
    expect(v3.provenance.sbom).toEqual(fresh);
    expect(v3.provenanceHistory.map((p: any) => p.assertedBy)).toEqual([
      'user:default/guest',
      'service:versioned-app-ci',
    ]);

    // Every version still verifies.
    for (const { id } of third) {
      const verified = await admin().get(`/evidence/${id}/verify`);
      expect(verified.body).toMatchObject({ valid: true });
    }
    const created = await backend
      .knex('governance_audit_events')
      .where({ entity_ref: ref, action: 'evidence.created' })
      .orderBy('seq');
    expect(created.map(e => JSON.parse(e.payload).version)).toEqual([1, 2, 3]);
  });

  it('signs no new version when nothing new was recorded', async () => {
    const before = await evidence();
    await backend.runSync();
    await provider.provide([
      governedComponent('versioned-app', {
        dataClassification: 'public',
        owner: 'user:default/guest',
      }),
    ]);
    await backend.runSync();
    expect(await evidence()).toEqual(before);
  });
});
