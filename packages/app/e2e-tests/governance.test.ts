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
import { expect, test } from '@playwright/test';
import { screenshots, signInAsGuest } from './helpers';

test.describe('Guardrails', () => {
  test.beforeEach(async ({ page }) => {
    await signInAsGuest(page);
  });

  test('the catalog lists the example micro apps', async ({ page }) => {
    await page.goto('/?filters[kind]=component&filters[user]=all');
    for (const title of [
      'Standup notes bot',
      'CRM record updater',
      'Patient intake assistant',
    ]) {
      await expect(page.getByRole('link', { name: title })).toBeVisible();
    }
    await page.screenshot({
      path: `${screenshots}/catalog.png`,
      fullPage: true,
    });
  });

  for (const app of [
    {
      name: 'standup-notes-bot',
      tier: 'Tier 0 · Self-service',
      score: '3 / 10',
    },
    {
      name: 'crm-record-updater',
      tier: 'Tier 2 · Formal approval',
      score: '10 / 10',
    },
    {
      name: 'patient-intake-assistant',
      tier: 'Tier 3 · Executive or legal sign-off',
      score: '9 / 10',
    },
  ]) {
    test(`the Governance tab of ${app.name} shows its tier and score`, async ({
      page,
    }) => {
      await page.goto(`/catalog/default/component/${app.name}`);
      await page.getByText('Governance', { exact: true }).first().click();
      await expect(page).toHaveURL(new RegExp(`/${app.name}/governance$`));
      await expect(page.getByText(app.tier).first()).toBeVisible();
      await expect(page.getByTestId('risk-score')).toHaveText(app.score);
      await expect(
        page.getByRole('table', { name: 'Risk score breakdown' }),
      ).toBeVisible();
      await expect(page.getByText('Required controls')).toBeVisible();
      await page.screenshot({
        path: `${screenshots}/governance-${app.name}.png`,
        fullPage: true,
      });
    });
  }

  test('the Governance tab shows policy findings with remediation and pack version', async ({
    page,
  }) => {
    await page.goto('/catalog/default/component/crm-record-updater/governance');
    const blocking = page.getByRole('list', { name: 'Blocking findings' });
    await expect(
      blocking.getByText('Sensitive apps may not request admin IAM'),
    ).toBeVisible();
    await expect(
      blocking.getByText(/Remediation: Request the narrowest/),
    ).toBeVisible();
    await expect(
      page.getByText(/packs: guardrails-default 1\.1\.0/),
    ).toBeVisible();
    await expect(page.getByText('Blocked: 1 blocking finding')).toBeVisible();
    // The header's overall standing, apart from the attestation status.
    await expect(page.getByTestId('standing')).toHaveText('Blocked');
    await expect(page.getByTestId('approval-status')).toHaveText(
      'Pending review',
    );
    await expect(
      page.getByText(/Waiting on: security, privacy, platform/),
    ).toBeVisible();
    await page.screenshot({
      path: `${screenshots}/findings-crm-record-updater.png`,
      fullPage: true,
    });
  });

  test('an auto-approved app has signed evidence that verifies', async ({
    page,
  }) => {
    await page.goto('/catalog/default/component/standup-notes-bot/governance');
    await expect(page.getByTestId('approval-status')).toHaveText(
      'Approved automatically',
    );
    await expect(page.getByTestId('standing')).toHaveText('In good standing');
    await expect(page.getByTestId('attestation-status')).toHaveText(
      'Up to date',
    );
    const evidence = page.getByRole('list', { name: 'Evidence bundles' });
    await evidence.getByRole('button', { name: 'Verify' }).first().click();
    await expect(
      evidence.getByText(/Signature valid \(key guardrails-dev-[0-9a-f]+\)/),
    ).toBeVisible();
    await page.screenshot({
      path: `${screenshots}/evidence-standup-notes-bot.png`,
      fullPage: true,
    });
  });

  test("My attestations lists the signed-in user's open tasks", async ({
    page,
  }) => {
    await page.goto('/governance/attestations');
    await expect(
      page.getByRole('heading', { name: 'My attestations' }),
    ).toBeVisible();
    // The local guest owns no app, so there is nothing to attest.
    await expect(page.getByText('Nothing to attest')).toBeVisible();
  });

  test('the Overview shows the posture card', async ({ page }) => {
    await page.goto('/catalog/default/component/hr-candidate-tracker');
    const card = page
      .locator('article, div')
      .filter({ hasText: /^Governance/ })
      .first();
    await expect(card).toBeVisible();
    await expect(page.getByText('Tier 1 · Lightweight review')).toBeVisible();
  });

  test('an app with an invalid profile shows a processing error naming the field', async ({
    page,
  }) => {
    await page.goto('/governance/profile-errors');
    await expect(
      page.getByText('component:default/legacy-survey-tool').first(),
    ).toBeVisible();
    await expect(
      page.getByText('spec.governance.dataClassification'),
    ).toBeVisible();
    await expect(
      page.getByText(/Invalid option: expected one of/).first(),
    ).toBeVisible();
    await page.screenshot({
      path: `${screenshots}/profile-errors.png`,
      fullPage: true,
    });
  });
});
