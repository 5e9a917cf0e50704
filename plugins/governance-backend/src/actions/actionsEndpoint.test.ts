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
import { Knex } from 'knex';
import request from 'supertest';
import { expectUnchanged } from '../__testUtils__/expectUnchanged';
import {
  allYesAnswers,
  crm,
  crmExceptionRequest,
  hr,
} from '../__testUtils__/governanceFixtures';
import {
  ciTokenHeader,
  forwardedBy,
  pluginHeader,
} from '../__testUtils__/guardrailsPermissions';
import { startGovernanceTestBackend } from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(180_000);

// The actions are also served by the governance plugin's own actions
// endpoint, which any authenticated Backstage caller can reach without the
// MCP server: each action must hold there too, for every kind of caller.

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('the actions endpoint, invoked directly, on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let knex: Knex;
  let server: any;
  let attestationId = '';

  const invoke = (
    action: string,
    authorization: string | undefined,
    input: object,
  ) => {
    const req = request(server).post(
      `/api/governance/.backstage/actions/v1/actions/governance:${action}/invoke`,
    );
    if (authorization) req.set('Authorization', authorization);
    return req.send(input);
  };
  const refused = async (
    action: string,
    authorization: string | undefined,
    input: object,
    status: number,
    text = '',
  ) => {
    await expectUnchanged(knex, async () => {
      const res = await invoke(action, authorization, input);
      expect({ action, status: res.status }).toEqual({ action, status });
      expect(JSON.stringify(res.body)).toContain(text);
    });
  };

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    ({ server } = await startGovernanceTestBackend({
      knex,
      guardrailsPermissions: {
        governance: {
          roles: { admins: ['user:default/frank'] },
          ciTokens: [{ subject: 'crm-ci', entityRefs: [crm] }],
        },
      },
    }));
    await request(server)
      .post('/api/governance/attestations/campaigns')
      .set('Authorization', mockCredentials.user.header('user:default/frank'))
      .expect(200);
    attestationId = (
      await knex('governance_attestations')
        .where({ entity_ref: crm, status: 'open' })
        .first()
    ).id;
  });

  it("binds an app's CI token to its own app's reads, and lets it decide nothing", async () => {
    const crmCi = ciTokenHeader('crm-ci');
    await expectUnchanged(knex, async () => {
      const own = await invoke('get-app-posture', crmCi, { entityRef: crm });
      expect(own.status).toBe(200);
      expect(own.body.output.entityRef).toBe(crm);
    });
    for (const action of ['get-app-posture', 'check-promotion']) {
      await refused(action, crmCi, { entityRef: hr }, 403, 'not bound');
      await refused(
        action,
        ciTokenHeader('stray-ci'),
        { entityRef: crm },
        403,
        'not bound',
      );
    }
    await refused('request-policy-exception', crmCi, crmExceptionRequest, 403);
    await refused('list-my-attestations', crmCi, {}, 403);
    await refused(
      'submit-attestation',
      crmCi,
      { id: attestationId, answers: allYesAnswers },
      403,
    );
  });

  it("refuses other plugins' own credentials every person's act, and the MCP server's forwarded service tokens every read", async () => {
    expect.hasAssertions();
    for (const subject of ['plugin:catalog', 'plugin:scaffolder']) {
      await refused(
        'request-policy-exception',
        pluginHeader(subject),
        crmExceptionRequest,
        403,
        'Only signed-in users',
      );
      await refused(
        'submit-attestation',
        pluginHeader(subject),
        { id: attestationId, answers: allYesAnswers },
        403,
        'Only signed-in users',
      );
      await refused('list-my-attestations', pluginHeader(subject), {}, 403);
    }
    await refused(
      'get-app-posture',
      pluginHeader('plugin:mcp-actions'),
      { entityRef: crm },
      403,
    );
  });

  it("refuses a user's token forwarded by a plugin what the user may not do", async () => {
    expect.hasAssertions();
    const ben = forwardedBy('plugin:catalog', 'user:default/ben');
    await refused(
      'request-policy-exception',
      ben,
      crmExceptionRequest,
      403,
      'Only the owners of',
    );
    await refused(
      'submit-attestation',
      ben,
      { id: attestationId, answers: allYesAnswers },
      403,
      'Only the owners of',
    );
  });

  it('answers bad or huge input and no token with a 4xx, writing nothing', async () => {
    expect.hasAssertions();
    const ada = mockCredentials.user.header('user:default/ada');
    await refused(
      'request-policy-exception',
      ada,
      { ...crmExceptionRequest, entityRef: 'a:b/c/d' },
      400,
      'entityRef',
    );
    await refused(
      'request-policy-exception',
      ada,
      { ...crmExceptionRequest, requestedDays: 1e9 },
      400,
    );
    await refused(
      'request-policy-exception',
      ada,
      { ...crmExceptionRequest, justification: 'x'.repeat(200_000) },
      413,
    );
    await refused(
      'submit-attestation',
      ada,
      { id: 'no-such-task', answers: allYesAnswers },
      404,
    );
    await refused('get-app-posture', undefined, { entityRef: crm }, 401);
  });
});
