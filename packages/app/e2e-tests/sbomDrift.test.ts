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
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { collectConsoleErrors, screenshots, signInAs } from './helpers';

const ENTITY_REF = 'component:default/deal-desk-assistant';
// The deal desk assistant's CI token (app-config.e2e.yaml).
const CI_TOKEN = 'e2e-deal-desk-assistant-ci-token';
const bom = JSON.parse(
  fs.readFileSync(
    path.resolve(
      __dirname,
      '../../../examples/sbom/deal-desk-assistant.cdx.json',
    ),
    'utf8',
  ),
);

test.describe('Declared versus actual', () => {
  test("the Governance tab lists what the app's code uses but its profile does not declare, with the remediation", async ({
    page,
    request,
  }) => {
    const errors = collectConsoleErrors(page);
    // The app's CI submits its SBOM (404 until the catalog has the app).
    let receipt: any;
    await expect
      .poll(
        async () => {
          const res = await request.post('/api/governance/apps/sbom', {
            headers: { Authorization: `Bearer ${CI_TOKEN}` },
            data: { entityRef: ENTITY_REF, bom },
          });
          if (res.ok()) receipt = await res.json();
          return res.status();
        },
        { timeout: 60_000, intervals: [1_000] },
      )
      .toBe(200);
    expect(receipt.undeclared).toEqual(['@slack/web-api', 'openai', 'pg']);
    expect(receipt.allowed).toBe(false);

    // A user the catalog knows: the guest's own entity is a 404 the
    // console reports.
    await signInAs(page, 'Frank Osei');
    await page.goto('/catalog/default/component/deal-desk-assistant');
    await page.getByText('Governance', { exact: true }).first().click();

    const table = page.getByRole('table', {
      name: 'Found in code, not declared',
    });
    await expect(table).toBeVisible();
    const slack = table.getByTestId('undeclared-@slack/web-api');
    await expect(slack).toContainText('@slack/web-api@7.8.0');
    await expect(slack).toContainText('integration slack (saas)');
    await expect(slack).toContainText('Warning');
    await expect(slack).toContainText(
      'Declare integration slack in catalog-info.yaml under spec.governance.integrations',
    );
    const pg = table.getByTestId('undeclared-pg');
    await expect(pg).toContainText('database write driver');
    await expect(pg).toContainText('Blocking (deny)');
    await expect(pg).toContainText('type: database');
    const openai = table.getByTestId('undeclared-openai');
    await expect(openai).toContainText('LLM client');
    await expect(openai).toContainText('Blocking (deny)');
    await expect(openai).toContainText(
      'Declare integration openai in catalog-info.yaml under spec.governance.integrations',
    );
    // Declared (salesforce) or covered by a declared API: not listed.
    await expect(table.getByTestId('undeclared-jsforce')).toHaveCount(0);
    await expect(table.getByTestId('undeclared-axios')).toHaveCount(0);
    // The same findings block in the policy results.
    await expect(
      page.getByTestId('finding-sbom-undeclared-llm-client'),
    ).toBeVisible();

    await page.screenshot({
      path: `${screenshots}/sbom-drift.png`,
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });
});
