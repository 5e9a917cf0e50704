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
        policy: { packs: [{ id: 'guardrails-default', version: '1.0.0' }] },
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
