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
import {
  collectConsoleErrors,
  fitsWidth,
  screenshots,
  signInAs,
} from './helpers';

// Runs before the template tests (file order), on the example data only.
const crm = '/catalog/default/component/crm-record-updater/governance';

test.describe('Guardrails for each role', () => {
  test('the owner attests an app and the record appears', async ({ page }) => {
    test.setTimeout(120_000);
    const errors = collectConsoleErrors(page);
    await signInAs(page, 'Ada Ortiz');
    // The campaign task opens attestations shortly after the backend starts.
    const attest = page.getByRole('button', { name: 'Attest now' });
    await expect(async () => {
      await page.goto(crm);
      await expect(attest).toBeEnabled({ timeout: 5_000 });
    }).toPass({ timeout: 90_000 });
    await attest.click();
    const dialog = page.getByRole('dialog');
    for (const question of [
      'Is the app still needed?',
      'Is the registered owner correct?',
      'Is the data classification still accurate?',
      'Are all secrets in the approved secrets store?',
      'Are logging and telemetry in place?',
      'Is the retention period respected?',
    ]) {
      await dialog
        .getByRole('radiogroup', { name: question })
        .getByLabel('Yes')
        .check();
    }
    await dialog.getByLabel('Notes').fill('Still syncs the weekly pipeline.');
    await page.screenshot({ path: `${screenshots}/attestation-form.png` });
    await dialog.getByRole('button', { name: 'Submit attestation' }).click();
    const history = page.getByRole('list', { name: 'Attestation history' });
    await expect(
      history.getByText(/attested by user:default\/ada/),
    ).toBeVisible();
    await page.screenshot({
      path: `${screenshots}/attestation-recorded.png`,
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });

  test('a reviewer approves a tier 2 request from the queue and the tab updates', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    await signInAs(page, 'Erin Walsh');
    await page.goto('/governance/approvals');
    const review = page.getByRole('button', {
      name: 'Review component:default/crm-record-updater',
    });
    await expect(review).toBeVisible();
    await page.screenshot({
      path: `${screenshots}/approvals-queue.png`,
      fullPage: true,
    });
    await page.setViewportSize({ width: 800, height: 900 });
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({
      path: `${screenshots}/approvals-queue-800.png`,
      fullPage: true,
    });
    await page.setViewportSize({ width: 1280, height: 900 });

    await review.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Score breakdown')).toBeVisible();
    await dialog.getByLabel('Approve').check();
    await dialog
      .getByRole('textbox', { name: /Comment/ })
      .fill('Scopes and evidence reviewed; admin access is waived.');
    await page.screenshot({ path: `${screenshots}/approval-review.png` });
    await dialog.getByRole('button', { name: 'Submit decision' }).click();
    await expect(
      page.getByText(/Recorded for component:default\/crm-record-updater/),
    ).toBeVisible();

    await page.goto(crm);
    const decisions = page.getByRole('table').filter({ hasText: 'Decision' });
    await expect(decisions.getByText('user:default/erin')).toBeVisible();
    await expect(decisions.getByText('approve')).toBeVisible();
    await page.screenshot({
      path: `${screenshots}/governance-after-approval.png`,
      fullPage: true,
    });
    await page.setViewportSize({ width: 800, height: 900 });
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({
      path: `${screenshots}/governance-tab-800.png`,
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });

  test('a reviewer who owns an app sees its approval disabled with the reason', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    // Erin reviews security and is in clinical-ops, which owns the app.
    await signInAs(page, 'Erin Walsh');
    await page.goto('/governance/approvals');
    const review = page.getByRole('button', {
      name: 'Review component:default/patient-intake-assistant',
    });
    await expect(review).toBeVisible();
    const reason =
      'component:default/patient-intake-assistant is owned by group:default/clinical-ops, which user:default/erin belongs to; owners do not decide on their own app (separation of duties)';
    const note = page
      .getByRole('row')
      .filter({ has: review })
      .getByText('You may not decide');
    await expect(note).toBeVisible();
    await expect(note).toHaveAttribute('title', reason);

    await review.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Score breakdown')).toBeVisible();
    const why = dialog.getByText(`You may not decide this request: ${reason}.`);
    await expect(why).toBeVisible();
    for (const decision of ['Approve', 'Request changes', 'Reject']) {
      await expect(dialog.getByLabel(decision)).toBeDisabled();
    }
    await expect(
      dialog.getByRole('textbox', { name: /Comment/ }),
    ).toBeDisabled();
    const submit = dialog.getByRole('button', { name: 'Submit decision' });
    await expect(submit).toBeDisabled();
    await expect(
      dialog.getByRole('button', { name: 'Delegate' }),
    ).toBeDisabled();
    await submit.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `${screenshots}/approval-disabled-owner.png`,
    });
    expect(errors).toEqual([]);
  });

  test('the owner requests an exception, an admin grants it and the finding shows as waived', async ({
    browser,
  }) => {
    const owner = await (await browser.newContext()).newPage();
    await signInAs(owner, 'Ada Ortiz');
    await owner.goto(crm);
    await owner.getByRole('button', { name: 'Request exception' }).click();
    const dialog = owner.getByRole('dialog');
    await dialog
      .getByLabel(/Why the rule cannot be met/)
      .fill('The CRM vendor ships scoped tokens next quarter.');
    await dialog
      .getByLabel(/Compensating controls/)
      .fill('Every write is logged to the SIEM.');
    await dialog.getByRole('button', { name: 'Request', exact: true }).click();
    await expect(
      owner.getByText(/Requested, waiting for a decision/),
    ).toBeVisible();

    const admin = await (await browser.newContext()).newPage();
    const errors = collectConsoleErrors(admin);
    await signInAs(admin, 'Frank Osei');
    await admin.goto(crm);
    await admin.getByRole('button', { name: 'Grant' }).click();
    await expect(admin.getByText(/Active, expires in 14 days/)).toBeVisible();
    const findings = admin.getByRole('list', { name: /findings/i }).first();
    await expect(admin.getByText(/waived/i).first()).toBeVisible();
    await expect(findings).toBeVisible();
    await admin.screenshot({
      path: `${screenshots}/exception-granted.png`,
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });

  test('the dashboard shows the figures of the example data', async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    await signInAs(page, 'Frank Osei');
    await page.goto('/governance/dashboard');
    await expect(
      page.getByText('Governed apps', { exact: true }),
    ).toBeVisible();
    // Trends from the daily snapshots (the first is recorded after start).
    await expect(page.getByText('Trend: attestation compliance')).toBeVisible();
    // Templates only ever add tier 0 and 1 apps, so these hold in any order.
    await expect(page.getByText(/Tier 2: 2, Tier 3: 1/)).toBeVisible();
    await expect(
      page
        .getByText('governed: 6, ungoverned: 1')
        .or(page.getByText(/ungoverned: 1$/)),
    ).toBeVisible();
    await expect(
      page.getByText(
        /Without a profile: component:default\/shadow-pricing-sheet/,
      ),
    ).toBeVisible();
    // The scheduled verification runs 20 seconds after start; until then
    // the dashboard says so, and a reload shows its result.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId('audit-status')).toHaveText(
        /Audit chain verified: \d+ events, up to event \d+/,
        { timeout: 2_000 },
      );
    }).toPass({ timeout: 60_000 });
    await expect(page.getByTestId('audit-coverage')).toHaveText(
      /Newest witnessed checkpoint: event \d+|No witnessed checkpoint yet/,
    );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export registry (CSV)' }).click();
    expect((await download).suggestedFilename()).toBe(
      'governance-registry.csv',
    );
    await page.screenshot({
      path: `${screenshots}/dashboard.png`,
      fullPage: true,
    });
    await page.setViewportSize({ width: 800, height: 900 });
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({
      path: `${screenshots}/dashboard-800.png`,
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });

  test('a user without reviewer roles sees no decision controls', async ({
    page,
  }) => {
    await signInAs(page, 'Ada Ortiz');
    await page.goto('/governance/approvals');
    await expect(page.getByText('Nothing to review')).toBeVisible();
    await page.goto(crm);
    await expect(page.getByRole('button', { name: 'Retire' })).toBeDisabled();
  });
});
