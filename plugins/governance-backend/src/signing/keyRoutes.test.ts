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
import { createPublicKey } from 'node:crypto';
import { TestDatabases, mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { expectUnchanged } from '../__testUtils__/expectUnchanged';
import { ciTokenHeader } from '../__testUtils__/guardrailsPermissions';
import { useGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('GET /keys on %p', databaseId => {
  const backend = useGovernanceTestBackend(databaseId);

  it('publishes the public keys without credentials; evidence names the key that verifies it', async () => {
    const res = await request(backend.server).get('/api/governance/keys');
    expect(res.status).toBe(200);
    expect(res.body.keys).toEqual([
      expect.objectContaining({
        keyId: 'test-key',
        status: 'active',
        algorithm: 'Ed25519',
        jwk: expect.objectContaining({ kid: 'test-key', crv: 'Ed25519' }),
      }),
    ]);
    const [key] = res.body.keys;
    expect(createPublicKey(key.publicKeyPem).asymmetricKeyType).toBe('ed25519');
    expect(JSON.stringify(res.body)).not.toMatch(/PRIVATE/);

    const bot = 'component:default/standup-notes-bot';
    const evidence = await request(backend.server)
      .get(`/api/governance/evidence?entityRef=${bot}`)
      .set('Authorization', mockCredentials.user.header());
    const [{ id }] = evidence.body.items;
    const bundle = await request(backend.server)
      .get(`/api/governance/evidence/${id}`)
      .set('Authorization', mockCredentials.user.header());
    expect(bundle.body.verificationMaterial.publicKey.hint).toBe(key.keyId);
  });

  it.each([
    ['a signed-in user', mockCredentials.user.header('user:default/ada')],
    ["an app's CI token", ciTokenHeader('app-ci')],
    ['another backend plugin', mockCredentials.service.header()],
    ['an invalid token', 'Bearer not-a-token'],
  ])(
    'answers %s with the same public keys, and writes nothing',
    async (_caller, authorization) => {
      const anonymous = await request(backend.server).get(
        '/api/governance/keys',
      );
      await expectUnchanged(backend.knex, async () => {
        const res = await request(backend.server)
          .get('/api/governance/keys')
          .set('Authorization', authorization);
        expect(res.status).toBe(200);
        expect(res.body).toEqual(anonymous.body);
      });
    },
  );
});
