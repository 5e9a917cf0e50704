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
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, Page, test } from '@playwright/test';
import yaml from 'yaml';
import { GIT_URL, screenshots, signInAs, tokenOf } from './helpers';

// Unique per run, so a reused local git server never holds the names.
const run = Date.now().toString(36);

async function cloneCatalogInfo(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-clone-'));
  await promisify(execFile)('git', [
    'clone',
    '-q',
    `${GIT_URL}/apps/${name}.git`,
    dir,
  ]);
  return yaml.parse(
    fs.readFileSync(path.join(dir, 'catalog-info.yaml'), 'utf8'),
  );
}

/** Opens a template from the Create page and fills in the first page. */
async function startTemplate(page: Page, title: string, name: string) {
  await page.goto('/create');
  // The nearest element around the card's title that holds its button.
  const card = page
    .getByRole('heading', { name: title, level: 4 })
    .locator('xpath=ancestor::*[.//button[normalize-space()="Choose"]][1]');
  await card.getByRole('button', { name: 'Choose' }).click();
  await page.getByLabel('Name').first().fill(name);
  const owner = page.getByLabel('Owner').first();
  await owner.click();
  await owner.fill('sales-ops');
  await page
    .getByRole('option', { name: /sales-ops/ })
    .first()
    .click();
  await page
    .getByLabel('Purpose')
    .fill(`Created by the browser tests (${name}).`);
  await page.getByLabel('Business unit').fill('Sales');
  await page.getByLabel('Support contact').fill('#sales-tools');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Planned retirement date').fill('2027-06-30');
}

async function choose(page: Page, label: string, option: string) {
  const select = page.getByLabel(label).first();
  await select.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(select).toHaveText(option);
}

const preview = (page: Page) => page.getByTestId('governance-preview');

const templates = [
  {
    title: 'Internal dashboard (pre-approved)',
    slug: 'dash',
    classification: 'internal',
    tier: /^Tier 0/,
    approval: 'Approved automatically',
  },
  {
    title: 'Form to spreadsheet row (pre-approved)',
    slug: 'form',
    classification: 'confidential',
    tier: /^Tier 1/,
    approval: 'Pending review',
  },
  {
    title: 'Notification bot (pre-approved)',
    slug: 'bot',
    classification: 'internal',
    tier: /^Tier 0/,
    approval: 'Approved automatically',
  },
];

test.describe('Pre-approved templates', () => {
  // Ada builds with sales-ops, the owner the forms pick: the governance
  // backend registers an app only for a user who may own it.
  test.beforeEach(async ({ page }) => {
    await signInAs(page, 'Ada Ortiz');
  });

  for (const t of templates) {
    test(`${t.title} creates a governed, registered app`, async ({ page }) => {
      const name = `e2e-${t.slug}-${run}`;
      await startTemplate(page, t.title, name);

      // The preview follows the data classification.
      const tier = preview(page).getByTestId('governance-preview-tier');
      await expect(tier).toHaveText(/^Tier 0/);
      await choose(page, 'Data classification', 'restricted');
      await expect(tier).toHaveText(/^Tier [23]/);
      await choose(page, 'Data classification', t.classification);
      await expect(tier).toHaveText(t.tier);
      await page.screenshot({
        path: `${screenshots}/template-${t.slug}-form.png`,
        fullPage: true,
      });

      await page.getByRole('button', { name: 'Review' }).click();
      await page.getByRole('button', { name: 'Create' }).click();

      // The governance steps run and the task completes.
      for (const step of [
        'Scan for secrets',
        'Generate the SBOM',
        'Check governance policies',
        'Publish the repository',
        'Register in the catalog',
        'Register with governance',
      ]) {
        await expect(page.getByText(step).first()).toBeVisible();
      }
      await expect(
        page.getByRole('link', { name: 'Governance tab' }),
      ).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText(/Risk tier \d/)).toBeVisible();
      // The log view only renders what fits; its search brings lines up.
      const search = page.getByPlaceholder('Search');
      for (const [term, line] of [
        ['Secret scan', /Secret scan \(secretlint\): \d+ files, 0 findings/],
        ['SBOM', /SBOM \(CycloneDX 1.6\) written to sbom.cdx.json/],
        ['Policy check', /Policy check with guardrails-default/],
        ['Registered', /Registered component:default\/.* with governance/],
      ] as const) {
        await search.fill(term);
        await expect(page.getByText(line).first()).toBeVisible();
      }
      await search.fill('');
      await page.screenshot({
        path: `${screenshots}/template-${t.slug}-task.png`,
        fullPage: true,
      });

      // The repository exists and carries the profile from the form.
      const entity = await cloneCatalogInfo(name);
      expect(entity.metadata.name).toBe(name);
      expect(entity.spec.governance).toMatchObject({
        dataClassification: t.classification,
        purpose: `Created by the browser tests (${name}).`,
        template: expect.stringContaining('template:default/'),
      });

      // The entity is in the catalog and its Governance tab shows the result.
      const link = page.getByRole('link', { name: 'Governance tab' });
      const href = await link.getAttribute('href');
      expect(href).toMatch(
        new RegExp(`/catalog/default/component/${name}/governance$`),
      );
      await page.goto(href!);
      await expect(page.getByText(t.tier).first()).toBeVisible();
      await expect(page.getByText(t.approval).first()).toBeVisible();
      await page.screenshot({
        path: `${screenshots}/template-${t.slug}-governance.png`,
        fullPage: true,
      });
    });
  }

  test('a form with a deny finding is stopped with the remediation shown', async ({
    page,
  }) => {
    await startTemplate(
      page,
      'Internal dashboard (pre-approved)',
      `e2e-denied-${run}`,
    );
    await choose(page, 'Data classification', 'confidential');
    await choose(page, 'Access there', 'admin');
    const blocking = preview(page).getByTestId('governance-preview-blocking');
    await expect(blocking).toContainText(
      'Sensitive apps may not request admin IAM',
    );
    await expect(blocking).toContainText(
      'Remediation: Request the narrowest read or write scopes',
    );
    await page.getByRole('button', { name: 'Review' }).click();
    // Still on the form: the field's validation refuses to go on.
    await expect(
      page.getByText(/1 blocking policy finding/).first(),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create' })).toHaveCount(0);
    await page.screenshot({
      path: `${screenshots}/template-denied.png`,
      fullPage: true,
    });
  });

  test('a template with a planted AWS key fails at the secret scan and publishes nothing', async ({
    page,
  }) => {
    const name = `e2e-leaky-${run}`;
    const token = await tokenOf(page);
    const headers = { Authorization: `Bearer ${token}` };
    const created = await page.request.post('/api/scaffolder/v2/tasks', {
      headers,
      data: {
        templateRef: 'template:default/leaky-template',
        values: { name },
      },
    });
    expect(created.status()).toBe(201);
    const { id } = await created.json();

    let status = 'open';
    for (let i = 0; i < 60 && !['completed', 'failed'].includes(status); i++) {
      await page.waitForTimeout(500);
      const task = await page.request.get(`/api/scaffolder/v2/tasks/${id}`, {
        headers,
      });
      status = (await task.json()).status;
    }
    expect(status).toBe('failed');
    const events = await (
      await page.request.get(`/api/scaffolder/v2/tasks/${id}/events`, {
        headers,
      })
    ).json();
    const failed = events.find((e: any) => e.body.status === 'failed');
    expect(failed.body.stepId).toBe('secret-scan');
    const log = events.map((e: any) => e.body.message ?? '').join('\n');
    // The finding names the line of the planted key (after the licence header).
    const keyLine =
      fs
        .readFileSync(
          path.join(__dirname, 'fixtures/leaky-template/skeleton/config.js'),
          'utf8',
        )
        .split('\n')
        .findIndex(line => line.includes('aws_access_key_id')) + 1;
    expect(keyLine).toBeGreaterThan(0);
    expect(log).toContain(`config.js:${keyLine}`);
    expect(log).not.toContain('AKIAQYLPMN5HHHFPZAM2');
    expect(
      events.find((e: any) => e.body.stepId === 'publish')?.body.status,
    ).toBe('skipped');

    // Nothing reached the git server.
    const refs = await page.request.get(
      `${GIT_URL}/apps/${name}.git/info/refs?service=git-upload-pack`,
    );
    expect(refs.status()).toBe(404);

    await page.goto(`/create/tasks/${id}`);
    await expect(
      page.getByText(/Secret scan found 2 secret/).first(),
    ).toBeVisible();
    await page.screenshot({
      path: `${screenshots}/template-leaky-task.png`,
      fullPage: true,
    });
  });

  test("an app created with the Slack SDK in its dependencies carries the SBOM's facts in its stored posture from the start", async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const name = `e2e-slack-sdk-${run}`;
    // Ada's own token (the example-user sign-in of beforeEach): the app's
    // owner, sales-ops, is her group.
    const session = await page.request.get('/api/auth/exampleUsers/refresh', {
      headers: { 'x-guardrails-example-user': 'ada' },
    });
    expect(session.ok()).toBe(true);
    const token = (await session.json()).backstageIdentity.token;
    const headers = { Authorization: `Bearer ${token}` };
    const created = await page.request.post('/api/scaffolder/v2/tasks', {
      headers,
      data: {
        templateRef: 'template:default/slack-sdk-template',
        values: { name },
      },
    });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    let status = 'open';
    for (let i = 0; i < 90 && !['completed', 'failed'].includes(status); i++) {
      await page.waitForTimeout(1_000);
      const task = await page.request.get(`/api/scaffolder/v2/tasks/${id}`, {
        headers,
      });
      status = (await task.json()).status;
    }
    const events = await (
      await page.request.get(`/api/scaffolder/v2/tasks/${id}/events`, {
        headers,
      })
    ).json();
    const log = events.map((e: any) => e.body.message ?? '').join('\n');
    expect(status, log).toBe('completed');
    expect(log).toContain(
      'SBOM submitted to governance: 1 integrations found in code, 1 not declared in the profile',
    );

    // The stored posture holds the SBOM's facts before any CI run: the
    // Slack SDK, submitted on Ada's behalf, and the drift finding it raises.
    const posture = await page.request.get('/api/governance/posture', {
      headers,
      params: { entityRef: `component:default/${name}` },
    });
    expect(posture.status()).toBe(200);
    const body = await posture.json();
    expect(body.sbom).toMatchObject({
      componentCount: 1,
      submittedBy: 'user:default/ada',
      integrations: [
        expect.objectContaining({ package: '@slack/web-api', target: 'slack' }),
      ],
    });
    expect(body.policy.findings.map((f: any) => f.ruleId)).toContain(
      'sbom-undeclared-integration',
    );
  });
});
