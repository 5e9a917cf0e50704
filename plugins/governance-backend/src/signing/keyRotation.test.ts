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
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseAuditLogStore } from '../audit/DatabaseAuditLogStore';
import { DefaultAuditService } from '../audit/DefaultAuditService';
import { migrateUp } from '../database/migrateDatabase';
import { InTotoStatement } from './Signer';
import { SigstoreStatementSigner } from './SigstoreStatementSigner';

jest.setTimeout(60_000);

const statement = (n: number): InTotoStatement => ({
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: `app-${n}`, digest: { sha256: 'ab'.repeat(32) } }],
  predicateType: 'https://guardrails.dev/evidence/approval/v1',
  predicate: { n },
});

const event = (n: number) => ({
  actor: 'user:default/erin',
  action: 'exception.granted',
  occurredAt: new Date(Date.UTC(2026, 11, 3, 10, 0, n)),
  payload: { n },
});

describe('key rotation', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'old and new bundles and checkpoints verify after a rotation, an unknown key fails, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUp(knex);
      const auditLog = new DatabaseAuditLogStore(knex);
      const key1 = generateKeyPairSync('ed25519').privateKey;
      const key2 = generateKeyPairSync('ed25519').privateKey;

      // Key 1 signs a bundle and a checkpoint.
      const signer1 = new SigstoreStatementSigner(key1, 'acme-2025');
      const bundle1 = await signer1.sign(statement(1));
      for (let n = 1; n <= 3; n++) await auditLog.append(event(n));
      await new DefaultAuditService({ auditLog, signer: signer1 }).checkpoint();

      // Rotate: key 2 signs, key 1 is retired (its public half only).
      const signer2 = new SigstoreStatementSigner(key2, 'acme-2026', [
        { keyId: 'acme-2025', publicKey: createPublicKey(key1) },
      ]);
      const bundle2 = await signer2.sign(statement(2));
      for (let n = 4; n <= 5; n++) await auditLog.append(event(n));
      const audit2 = new DefaultAuditService({ auditLog, signer: signer2 });
      expect(await audit2.checkpoint()).toBe(5);

      expect(signer2.verify(bundle1)).toMatchObject({
        valid: true,
        keyId: 'acme-2025',
        statement: { predicate: { n: 1 } },
      });
      expect(signer2.verify(bundle2)).toMatchObject({
        valid: true,
        keyId: 'acme-2026',
      });
      const checkpoints = await auditLog.listCheckpoints();
      expect(checkpoints.map(c => signer2.verify(c.bundle).keyId)).toEqual([
        'acme-2025',
        'acme-2026',
      ]);
      expect(await audit2.verify()).toMatchObject({
        valid: true,
        checkpoints: { checked: 2, valid: true },
        newestCheckpoint: { seq: 5, keyId: 'acme-2026' },
      });
      // Before the rotation the old keyring does not know key 2.
      expect(signer1.verify(bundle2)).toMatchObject({
        valid: false,
        keyId: 'acme-2026',
        reason: expect.stringMatching(/unknown signing key "acme-2026"/),
      });

      // A key the keyring does not hold fails, whatever id it claims.
      const stranger = generateKeyPairSync('ed25519').privateKey;
      const unknown = await new SigstoreStatementSigner(
        stranger,
        'someone-else',
      ).sign(statement(3));
      expect(signer2.verify(unknown)).toMatchObject({
        valid: false,
        reason: expect.stringMatching(/unknown signing key "someone-else"/),
      });
      const forged = await new SigstoreStatementSigner(
        stranger,
        'acme-2025',
      ).sign(statement(4));
      expect(signer2.verify(forged)).toMatchObject({
        valid: false,
        keyId: 'acme-2025',
      });

      // The published keys: active first, PEM and JWK of the same key.
      const keys = signer2.publicKeys();
      expect(keys.map(k => [k.keyId, k.status])).toEqual([
        ['acme-2026', 'active'],
        ['acme-2025', 'retired'],
      ]);
      for (const key of keys) {
        const fromJwk = createPublicKey({ key: key.jwk, format: 'jwk' });
        expect(fromJwk.export({ type: 'spki', format: 'pem' })).toBe(
          key.publicKeyPem,
        );
        expect(key.jwk).toMatchObject({
          kty: 'OKP',
          crv: 'Ed25519',
          kid: key.keyId,
        });
      }
      await knex.destroy();
    },
  );
});
