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
import { generateKeyPairSync } from 'node:crypto';
import { TestDatabases } from '@backstage/backend-test-utils';
import { hashAuditEvent } from '@guardrails/plugin-governance-node/audit';
import { DatabaseAuditLogStore } from './DatabaseAuditLogStore';
import { migrateUp } from '../database/migrateDatabase';
import { SigstoreStatementSigner } from '../signing/SigstoreStatementSigner';
import { DefaultAuditService } from './DefaultAuditService';

jest.setTimeout(60_000);

const event = (n: number) => ({
  actor: 'user:default/erin',
  action: 'exception.granted',
  occurredAt: new Date(Date.UTC(2026, 10, 22, 10, 0, n)),
  payload: { n },
});

describe('DefaultAuditService', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'signs the chain tip and catches a chain rewritten with fresh hashes, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUp(knex);
      const auditLog = new DatabaseAuditLogStore(knex);
      const signer = new SigstoreStatementSigner(
        generateKeyPairSync('ed25519').privateKey,
        'test-key',
      );
      const service = new DefaultAuditService({ auditLog, signer });

      expect(await service.checkpoint()).toBeUndefined();
      for (let n = 1; n <= 4; n++) await auditLog.append(event(n));
      expect(await service.checkpoint()).toBe(4);
      expect(await service.checkpoint()).toBeUndefined();
      expect(await service.verify()).toMatchObject({
        valid: true,
        checkedEvents: 4,
        checkpoints: { checked: 1, valid: true },
      });

      // Rewrite event 2 and recompute every hash after it, head included:
      // the chain alone looks fine, the signed checkpoint does not.
      const rows = await knex('governance_audit_events').orderBy('seq');
      let prev = '0'.repeat(64);
      for (const row of rows) {
        const payload =
          Number(row.seq) === 2 ? { n: 200 } : JSON.parse(row.payload);
        const hash = hashAuditEvent(prev, {
          seq: Number(row.seq),
          eventId: row.event_id,
          occurredAt: new Date(row.occurred_at).toISOString(),
          actor: row.actor,
          action: row.action,
          entityRef: row.entity_ref ?? undefined,
          payload,
        });
        await knex('governance_audit_events')
          .where({ seq: row.seq })
          .update({ payload: JSON.stringify(payload), prev_hash: prev, hash });
        prev = hash;
      }
      await knex('governance_audit_head')
        .where({ id: 1 })
        .update({ hash: prev });

      const verification = await service.verify();
      expect(verification.checkedEvents).toBe(4);
      expect(verification.valid).toBe(false);
      expect(verification.checkpoints).toEqual({
        checked: 1,
        valid: false,
        firstBroken: {
          seq: 4,
          reason: 'event 4 no longer has the hash that was signed',
        },
      });
      await knex.destroy();
    },
  );
});
