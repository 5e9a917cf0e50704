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
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { governancePlugin } from './plugin';

const acmePack = (violation: string, stage = 'deny') =>
  [
    'apiVersion: guardrails.dev/v1',
    'kind: PolicyPack',
    'id: acme',
    'version: 1.0.0',
    'rules:',
    '  - id: eu-only',
    '    title: EU only',
    '    severity: deny',
    `    stage: ${stage}`,
    `    violation: ${violation}`,
    '    message: EU regions only',
    '    remediation: Deploy to an EU region',
  ].join('\n');

describe('governance plugin start-up', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-startup-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses to start with a broken policy pack, naming file and rule', async () => {
    const file = path.join(dir, 'acme.yaml');
    fs.writeFileSync(
      file,
      acmePack("profile.allowedRegions.exists(r, !r.startsWith('eu-')"),
    );
    await expect(
      startTestBackend({
        features: [
          governancePlugin,
          mockServices.rootConfig.factory({
            data: { governance: { policies: { packs: [file] } } },
          }),
        ],
      }),
    ).rejects.toThrow(
      new RegExp(
        `Policy pack ${file}, rule "eu-only": violation does not compile`,
      ),
    );
  });

  it('starts with the organisation pack next to the default pack', async () => {
    fs.writeFileSync(
      path.join(dir, 'acme.yaml'),
      acmePack(
        "profile.allowedRegions.exists(r, !r.startsWith('eu-'))",
        'audit',
      ),
    );
    const backend = await startTestBackend({
      features: [
        governancePlugin,
        mockServices.rootConfig.factory({
          data: { governance: { policies: { packs: [dir] } } },
        }),
      ],
    });
    const res = await request(backend.server)
      .get('/api/governance/policies')
      .set('Authorization', mockCredentials.user.header());
    expect(res.body.packs.map((p: { id: string }) => p.id)).toEqual([
      'guardrails-default',
      'acme',
    ]);
    await backend.stop();
  });
});
