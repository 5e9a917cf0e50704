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
import { TestDatabases, mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { useGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

const bot = 'component:default/standup-notes-bot';

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('signed evidence bundles on %p', databaseId => {
  const backend = useGovernanceTestBackend(databaseId);

  const get = (route: string) =>
    request(backend.server)
      .get(`/api/governance${route}`)
      .set('Authorization', mockCredentials.user.header());

  it('signs an in-toto statement of each approval and detects any change to it', async () => {
    const posture = (await get(`/posture?entityRef=${bot}`)).body;
    expect(posture.evidence).toEqual([
      expect.objectContaining({
        entityRef: bot,
        approvalId: posture.approval.id,
      }),
    ]);
    const [{ id }] = posture.evidence;

    const bundle = (await get(`/evidence/${id}`)).body;
    expect(bundle.mediaType).toBe(
      'application/vnd.dev.sigstore.bundle.v0.3+json',
    );
    expect(bundle.dsseEnvelope.payloadType).toBe(
      'application/vnd.in-toto+json',
    );
    const statement = JSON.parse(
      Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString(),
    );
    expect(statement).toMatchObject({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: bot }],
      predicate: {
        approval: { status: 'auto-approved' },
        policy: { packs: [{ id: 'guardrails-default', version: '1.1.0' }] },
        profile: { dataClassification: 'internal' },
      },
    });

    expect((await get(`/evidence/${id}/verify`)).body).toEqual({
      id,
      valid: true,
      keyId: 'test-key',
    });

    // Someone edits the stored bundle: the signature no longer holds.
    statement.predicate.profile.dataClassification = 'public';
    bundle.dsseEnvelope.payload = Buffer.from(
      JSON.stringify(statement),
    ).toString('base64');
    await backend
      .knex('governance_evidence')
      .where({ id })
      .update({ bundle: JSON.stringify(bundle) });
    const tampered = (await get(`/evidence/${id}/verify`)).body;
    expect(tampered).toMatchObject({ id, valid: false });
    expect(tampered.reason).toMatch(/signature/i);

    // Reading the posture again does not sign a second bundle.
    expect((await get(`/posture?entityRef=${bot}`)).body.evidence).toHaveLength(
      1,
    );
    expect((await get('/evidence/no-such-id')).status).toBe(404);
  });
});
