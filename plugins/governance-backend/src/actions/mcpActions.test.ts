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
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Knex } from 'knex';
import { expectUnchanged } from '../__testUtils__/expectUnchanged';
import {
  allYesAnswers,
  crm,
  crmExceptionRequest,
  hr,
} from '../__testUtils__/governanceFixtures';
import {
  callAs,
  startGovernanceTestBackend,
} from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(180_000);

const ada = 'user:default/ada'; // sales-ops: owns crm
const ben = 'user:default/ben'; // people-analytics: owns hr
const frank = 'user:default/frank'; // platform-team: governance admin

const TOOLS = [
  'evaluate-governance-profile',
  'get-app-posture',
  'check-promotion',
  'list-policies',
  'explain-policy-rule',
  'request-policy-exception',
  'list-my-attestations',
  'submit-attestation',
];

/** A draft an assistant might send: confidential data, admin IAM. */
const adminDraft = {
  supportContact: 'ops@acme.example',
  businessUnit: 'Operations',
  purpose: 'Rotates the on-call schedule and updates the cloud roles.',
  dataClassification: 'confidential',
  dataTypes: ['pii'],
  accessScope: 'team',
  requestedScopes: ['iam:Admin'],
  executionEnvironment: 'serverless',
  operationalCriticality: 'productivity',
  allowedRegions: ['eu-west-1'],
};

/*
 * An AI assistant's view: the real MCP actions backend serving the
 * Guardrails actions, a real MCP client over streamable HTTP, the real
 * permission backend with the Guardrails policy, on each database.
 */
describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('Guardrails through MCP, on %p', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let server: any;
  let knex: Knex;
  const clients: Client[] = [];

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    server = (
      await startGovernanceTestBackend({
        knex,
        guardrailsPermissions: {
          governance: {
            roles: {
              admins: ['group:default/platform-team'],
              teamLeads: ['group:default/platform-team'],
              security: ['group:default/security-team'],
              privacy: ['group:default/privacy-team'],
              platform: ['group:default/platform-team'],
              executive: ['group:default/legal-team'],
              legal: ['group:default/legal-team'],
            },
            ciTokens: [{ subject: 'crm-ci', entityRefs: [crm] }],
          },
        },
        extraFeatures: [mcpActionsPlugin],
        // As in app-config.yaml: the tools by their own names.
        config: {
          backend: { actions: { pluginSources: ['governance'] } },
          mcpActions: { name: 'guardrails', namespacedToolNames: false },
        },
      })
    ).server;
  });

  afterAll(async () => {
    await Promise.all(clients.map(c => c.close()));
  });

  const connect = async (authorization: string) => {
    const client = new Client({ name: 'guardrails-test', version: '1.0.0' });
    const url = new URL(`http://localhost:${server.port()}/api/mcp-actions/v1`);
    await client.connect(
      new StreamableHTTPClientTransport(url, {
        requestInit: { headers: { Authorization: authorization } },
      }),
    );
    clients.push(client);
    return client;
  };
  const as = (user: string) => connect(mockCredentials.user.header(user));

  /** Calls a tool and returns its output; fails the test on a tool error. */
  const call = async (client: Client, name: string, args: object = {}) => {
    const result = await client.callTool({
      name,
      arguments: args as Record<string, unknown>,
    });
    if (result.isError) {
      throw new Error(`${name}: ${JSON.stringify(result.content)}`);
    }
    return result.structuredContent as any;
  };
  /** Calls a tool that must be refused and change nothing; its error text. */
  const refused = async (client: Client, name: string, args: object) => {
    let text = '';
    await expectUnchanged(knex, async () => {
      const result = await client.callTool({
        name,
        arguments: args as Record<string, unknown>,
      });
      expect(result.isError).toBe(true);
      text = (result.content as Array<{ text: string }>)[0].text;
    });
    return text;
  };
  const auditEvents = (action: string) =>
    knex('governance_audit_events')
      .where({ action })
      .select('actor', 'entity_ref');

  it('lists the Guardrails tools to an assistant, with descriptions for choosing them', async () => {
    const client = await as(ada);
    const { tools } = await client.listTools();
    expect(tools.map(t => t.name).sort()).toEqual([...TOOLS].sort());
    for (const tool of tools) {
      expect(tool.description!.length).toBeGreaterThan(80);
      expect(tool.inputSchema.type).toBe('object');
    }
    const evaluate = tools.find(t => t.name === 'evaluate-governance-profile')!;
    expect(evaluate.annotations).toMatchObject({ readOnlyHint: true });
    expect(JSON.stringify(evaluate.inputSchema)).toContain(
      'dataClassification',
    );
  });

  it('evaluates a draft that asks for iam:Admin on confidential data: denied, with the remediation', async () => {
    const client = await as(ada);
    const out = await call(client, 'evaluate-governance-profile', {
      profile: adminDraft,
      entity: { metadata: { name: 'on-call-rotator' } },
    });
    expect(out.risk).toMatchObject({ tier: expect.any(Number) });
    expect(out.risk.dimensions.length).toBeGreaterThan(0);
    expect(out.policy.allowed).toBe(false);
    const finding = out.policy.findings.find(
      (f: any) => f.ruleId === 'sensitive-no-admin-iam',
    );
    expect(finding).toMatchObject({
      packId: 'guardrails-default',
      blocking: true,
      message: expect.stringContaining('iam:Admin'),
      remediation: expect.stringContaining('narrowest'),
    });

    const explained = await call(client, 'explain-policy-rule', {
      ruleId: 'sensitive-no-admin-iam',
    });
    expect(explained).toMatchObject({
      packId: 'guardrails-default',
      stage: 'deny',
      appliesTo: { classifications: expect.arrayContaining(['confidential']) },
      violation: expect.stringContaining('admin'),
      remediation: finding.remediation,
      source: expect.stringContaining('default-pack.yaml'),
    });
    const unknown = await client.callTool({
      name: 'explain-policy-rule',
      arguments: { ruleId: 'no-such-rule' },
    });
    expect(unknown.isError).toBe(true);
    expect(JSON.stringify(unknown.content)).toContain('NotFoundError');

    const { packs } = await call(client, 'list-policies');
    expect(packs.map((p: any) => p.id)).toContain('guardrails-default');

    const invalid = await client.callTool({
      name: 'evaluate-governance-profile',
      arguments: { profile: { ...adminDraft, dataClassification: 'secret' } },
    });
    expect(invalid.isError).toBe(true);
    expect(JSON.stringify(invalid.content)).toContain('dataClassification');
  });

  it("gets an app's posture and its promotion gate with the caller's own credentials", async () => {
    const client = await as(ada);
    const posture = await call(client, 'get-app-posture', { entityRef: crm });
    const rest = await callAs(server, ada).get(`/posture?entityRef=${crm}`);
    expect(posture).toEqual(rest.body);
    expect(posture.risk.tier).toBeGreaterThanOrEqual(2);

    // A bare name means the component of that name.
    const gate = await call(client, 'check-promotion', {
      entityRef: 'crm-record-updater',
    });
    const restGate = await callAs(server, ada).get(
      `/promotion-gate?entityRef=${crm}`,
    );
    expect(gate).toEqual(restGate.body);
    expect(gate.allowed).toBe(false);
    expect(gate.reasons.length).toBeGreaterThan(0);

    const missing = await client.callTool({
      name: 'get-app-posture',
      arguments: { entityRef: 'component:default/no-such-app' },
    });
    expect(missing.isError).toBe(true);
    expect(JSON.stringify(missing.content)).toContain('NotFoundError');
  });

  it('refuses request-policy-exception for an app the caller does not own, writing nothing', async () => {
    expect(
      await refused(
        await as(ben),
        'request-policy-exception',
        crmExceptionRequest,
      ),
    ).toMatch(
      /NotAllowedError: Only the owners of component:default\/crm-record-updater/,
    );
    // Bad input is refused before anything is written, naming the field.
    expect(
      await refused(await as(ada), 'request-policy-exception', {
        ...crmExceptionRequest,
        justification: '   too short, padded   ',
      }),
    ).toContain('justification');

    const created = await call(
      await as(ada),
      'request-policy-exception',
      crmExceptionRequest,
    );
    expect(created).toMatchObject({
      entityRef: crm,
      status: 'requested',
      requestedBy: ada,
    });
    expect(await auditEvents('exception.requested')).toEqual([
      { actor: ada, entity_ref: crm },
    ]);
  });

  it("lists an owner's attestations and takes the owner's answers; a non-owner's submit is refused and writes nothing", async () => {
    await callAs(server, frank).post('/attestations/campaigns', {});
    const { items } = await call(await as(ben), 'list-my-attestations');
    const task = items.find((t: any) => t.entityRef === hr);
    expect(task).toMatchObject({ status: 'open', overdue: false });
    expect(items.every((t: any) => t.entityRef !== crm)).toBe(true);

    expect(
      await refused(await as(ada), 'submit-attestation', {
        id: task.id,
        answers: allYesAnswers,
      }),
    ).toMatch(
      /NotAllowedError: Only the owners of component:default\/hr-candidate-tracker/,
    );
    expect(
      await refused(await as(ben), 'submit-attestation', {
        id: task.id,
        answers: { ...allYesAnswers, loggingInPlace: false },
      }),
    ).toContain('answers.notes');

    const done = await call(await as(ben), 'submit-attestation', {
      id: task.id,
      answers: {
        ...allYesAnswers,
        loggingInPlace: false,
        notes: 'Telemetry next sprint.',
      },
    });
    expect(done).toMatchObject({ status: 'completed', completedBy: ben });
    expect(await auditEvents('attestation.completed')).toEqual([
      { actor: ben, entity_ref: hr },
    ]);
  });

  it('answers no service token forwarded by the MCP server, and no anonymous caller', async () => {
    // The CRM app's CI token, sent to the MCP server: the server forwards
    // it as its own plugin credentials, and the token's binding is lost.
    const ci = await connect(
      mockCredentials.service.header({
        onBehalfOf: mockCredentials.service('crm-ci'),
        targetPluginId: 'mcp-actions',
      }),
    );
    expect(await refused(ci, 'get-app-posture', { entityRef: crm })).toMatch(
      /NotAllowedError/,
    );
    expect(await refused(ci, 'list-my-attestations', {})).toMatch(
      /NotAllowedError/,
    );
    await expect(connect('Bearer not-a-token')).rejects.toThrow();
  });
});
