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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  DefaultPolicyEngine,
  DefaultRiskModelService,
  loadPolicyPacks,
  readPolicyOptions,
  readRiskModelOptions,
} from '@guardrails/plugin-governance-node';
import yaml from 'yaml';
import { createCheckPolicyAction } from './checkPolicy';

const config = new ConfigReader({});
const action = createCheckPolicyAction({
  riskModel: new DefaultRiskModelService(readRiskModelOptions(config)),
  // The real default pack.
  policyEngine: new DefaultPolicyEngine(
    loadPolicyPacks({ includeDefaultPack: true, paths: [] }),
    readPolicyOptions(config).organization,
  ),
});

const profile = {
  supportContact: '#team-tools',
  businessUnit: 'Product',
  purpose: 'Shows the sprint burndown for the team.',
  dataClassification: 'internal',
  accessScope: 'team',
  executionEnvironment: 'serverless',
  operationalCriticality: 'productivity',
  allowedRegions: ['eu-west-1'],
  cost: { profile: 'low', monthlyBudget: 20 },
  retentionDays: 90,
  testDataRetentionDays: 7,
  retirementDate: '2099-12-31',
};

const run = async (input: object) => {
  const logger = mockServices.logger.mock();
  const ctx = createMockActionContext({
    input: {
      name: 'burndown',
      owner: 'group:default/team-tools',
      ...input,
    } as any,
    logger,
  });
  const outcome = await action.handler(ctx).then(
    () => undefined,
    (error: Error) => error,
  );
  return { ctx, logger, outcome };
};

describe('governance:policy:check', () => {
  it('passes a compliant profile and outputs the packs evaluated', async () => {
    const { ctx, outcome } = await run({ profile });
    expect(outcome).toBeUndefined();
    expect(ctx.output).toHaveBeenCalledWith('allowed', true);
    expect(ctx.output).toHaveBeenCalledWith('packs', [
      'guardrails-default@1.1.0',
    ]);
    expect(ctx.output).toHaveBeenCalledWith('warnings', []);
  });

  it('logs warnings with their remediation and passes them on', async () => {
    const { ctx, logger, outcome } = await run({
      profile: { ...profile, retentionDays: undefined },
    });
    expect(outcome).toBeUndefined();
    expect(ctx.output).toHaveBeenCalledWith('warnings', [
      'Declare how long data is kept: The app does not declare how long it keeps its data.',
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('Remediation: Set retentionDays'),
    );
  });

  it('fails on deny findings with every message and remediation in the log', async () => {
    const { logger, outcome } = await run({
      profile: {
        ...profile,
        storage: [{ kind: 'bucket', name: 'dump', public: true }],
        requestedScopes: [],
        integrations: [{ target: 'erp-db', access: 'write', type: 'database' }],
      },
    });
    expect(outcome?.message).toMatch(
      /Policy check failed with 2 blocking finding\(s\)/,
    );
    const errors = logger.error.mock.calls.map(c => c[0]).join('\n');
    expect(errors).toContain(
      'No public storage buckets: Public buckets are not allowed for micro apps: dump',
    );
    expect(errors).toContain('Remediation: Make the bucket private');
    expect(errors).toContain('No direct database writes');
  });

  it('checks the catalog-info.yaml in the workspace, so what is published is what is checked', async () => {
    const workspacePath = fs.mkdtempSync(path.join(os.tmpdir(), 'check-'));
    const entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'burndown' },
      spec: {
        type: 'micro-app',
        owner: 'group:default/team-tools',
        lifecycle: 'experimental',
        governance: {
          ...profile,
          storage: [{ kind: 'bucket', name: 'dump', public: true }],
        },
      },
    };
    fs.writeFileSync(
      path.join(workspacePath, 'catalog-info.yaml'),
      yaml.stringify(entity),
    );
    const ctx = createMockActionContext({
      input: { catalogInfoPath: './catalog-info.yaml' } as any,
      workspacePath,
    });
    await expect(action.handler(ctx)).rejects.toThrow(/No public storage/);
  });

  it('names the missing field when neither catalogInfoPath nor profile is given', async () => {
    const ctx = createMockActionContext({
      input: { name: 'x', owner: 'group:default/a' } as any,
    });
    await expect(action.handler(ctx)).rejects.toThrow(
      'profile is required unless catalogInfoPath is given',
    );
  });

  it('fails naming the field when the profile is invalid', async () => {
    const { outcome } = await run({
      profile: { ...profile, accessScope: 'everyone' },
    });
    expect(outcome?.message).toContain('spec.governance.accessScope');
  });
});
