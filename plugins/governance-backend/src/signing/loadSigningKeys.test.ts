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
import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { migrateUp } from '../database/migrateDatabase';
import { loadSigningKeys } from './loadSigningKeys';

jest.setTimeout(60_000);

const logger = mockServices.logger.mock();
const dev = { keyId: 'guardrails-evidence', retiredKeys: [] };
const spki = (key: { privateKey: Parameters<typeof createPublicKey>[0] }) =>
  createPublicKey(key.privateKey).export({ type: 'spki', format: 'pem' });

describe('loadSigningKeys', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'keeps one development key in the database, shared by instances and restarts, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUp(knex);
      // Two instances starting at once on one database, then a restart.
      const [a, b] = await Promise.all([
        loadSigningKeys(dev, { db: knex, logger }),
        loadSigningKeys(dev, { db: knex, logger }),
      ]);
      const restarted = await loadSigningKeys(dev, { db: knex, logger });
      expect(a.keyId).toMatch(/^guardrails-dev-[0-9a-f]{16}$/);
      expect(b.keyId).toBe(a.keyId);
      expect(restarted.keyId).toBe(a.keyId);
      expect(spki(b)).toBe(spki(a));
      expect(spki(restarted)).toBe(spki(a));
      expect(await knex('governance_signing_keys').count({ n: '*' })).toEqual([
        { n: databaseId === 'POSTGRES_15' ? '1' : 1 },
      ]);

      // Another database gets another key, under another id.
      const other = await databases.init(databaseId);
      await migrateUp(other);
      const elsewhere = await loadSigningKeys(dev, { db: other, logger });
      expect(elsewhere.keyId).not.toBe(a.keyId);
      await other.destroy();
      await knex.destroy();
    },
  );

  it('refuses to start a production-like setup without a configured key, and never stores a configured key', async () => {
    const knex = await databases.init('SQLITE_3');
    await migrateUp(knex);
    await expect(
      loadSigningKeys(
        { ...dev, productionLike: 'auth.environment is production' },
        { db: knex, logger },
      ),
    ).rejects.toThrow(
      /governance.signing.privateKey is required: auth.environment is production/,
    );
    const pem = generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const configured = await loadSigningKeys(
      { ...dev, keyId: 'acme-2026', privateKey: pem, productionLike: 'x' },
      { db: knex, logger },
    );
    expect(configured.keyId).toBe('acme-2026');
    expect(await knex('governance_signing_keys').select()).toEqual([]);

    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await expect(
      loadSigningKeys(
        {
          ...dev,
          privateKey: rsa.privateKey
            .export({ type: 'pkcs8', format: 'pem' })
            .toString(),
        },
        { db: knex, logger },
      ),
    ).rejects.toThrow(/governance.signing.privateKey must be an Ed25519 key/);
    await expect(
      loadSigningKeys(
        {
          ...dev,
          privateKey: pem,
          retiredKeys: [{ keyId: 'old', publicKey: 'not a key' }],
        },
        { db: knex, logger },
      ),
    ).rejects.toThrow(
      /governance.signing.retiredKeys\[0\].publicKey is not a PEM public key/,
    );
    await knex.destroy();
  });
});
