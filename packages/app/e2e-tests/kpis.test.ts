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
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  collectConsoleErrors,
  fitsWidth,
  screenshots,
  signInAs,
} from './helpers';

// Read-only: runs on the example data in any order. The examples claim value
// for standup-notes-bot (10 h a week, approved automatically) and
// hr-candidate-tracker; app-config.e2e.yaml keeps those claims current.

test.describe('Program KPIs, ROI and the monthly report', () => {
  test('an admin sees the KPIs with their goals and trends, and opens the printable report', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = collectConsoleErrors(page);
    await signInAs(page, 'Frank Osei');
    await page.goto('/governance/dashboard');

    // Grouped, each against its goal in words.
    for (const group of ['Velocity', 'Approvals', 'Coverage', 'Value']) {
      await expect(
        page.getByRole('region', { name: `${group} KPIs` }),
      ).toBeVisible();
    }
    const tier0 = page.getByTestId('kpi-hours-to-approve-tier-0');
    await expect(tier0.getByTestId('kpi-status')).toHaveText(
      /^Goal: .*24 h.* — (met|not met)$/,
    );
    const coverage = page.getByTestId('kpi-registered-share');
    // Coverage comes from the reconciliation's counts: maybe not there yet.
    await expect(coverage.getByTestId('kpi-status')).toHaveText(
      /^Goal: .*95 ?%.* — (met|not met|no data yet)$/,
    );
    await expect(coverage.getByTestId('kpi-value')).toHaveText(
      /^(\d+ %|No data yet)$/,
    );
    // The apps registered today make this month's figure and its trend.
    const created = page.getByTestId('kpi-apps-created');
    await expect(created.getByTestId('kpi-value')).toHaveText(/^\d+$/);
    await expect(created.getByTestId('kpi-sparkline')).toBeVisible();
    await expect(created.getByTestId('kpi-trend')).toHaveText(
      /^Trend: .* in \d{4}-\d{2} \(\d+ months?\)$/,
    );
    // The definition is in a tooltip that keyboard focus opens.
    const info = coverage.getByRole('button', { name: /^Definition of / });
    await info.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(info).toBeFocused();
    await expect(info).toHaveAttribute('aria-describedby', /.+/);
    const tooltip = page.locator(
      `[id="${await info.getAttribute('aria-describedby')}"]`,
    );
    await expect(tooltip).toHaveAttribute('role', 'tooltip');
    await expect(tooltip).toHaveText(/\w+/);
    await info.blur();
    await expect(tooltip).toBeHidden();

    // ROI with its formula, and the apps still missing a claim.
    await expect(page.getByTestId('roi-net')).toHaveText(/^\$[\d,]+$/);
    await expect(page.getByTestId('roi-formula')).toContainText('Formula:');
    const missing = page.getByRole('list', {
      name: 'Apps without a current value claim',
    });
    await expect(
      missing.getByRole('link', { name: /where2eat/i }),
    ).toBeVisible();
    // The page scrolls inside its own box: a tall viewport shows it all.
    await page.setViewportSize({ width: 1280, height: 4200 });
    await page.screenshot({ path: `${screenshots}/kpis-dashboard.png` });
    await page.setViewportSize({ width: 800, height: 900 });
    expect(await fitsWidth(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('link', { name: 'Open the monthly report' }).click();
    await expect(page).toHaveURL(/\/governance\/report$/);
    await expect(
      page.getByRole('heading', {
        name: /^Governance program report, \d{4}-\d{2}$/,
      }),
    ).toBeVisible();
    await expect(page.getByTestId('report-goals')).toHaveText(
      /\d+ of \d+ goals met/,
    );
    for (const [button, format] of [
      ['Download CSV', 'csv'],
      ['Download JSON', 'json'],
    ]) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(
        new RegExp(`^governance-kpis-\\d{4}-\\d{2}\\.${format}$`),
      );
      const text = await readFile((await file.path())!, 'utf8');
      if (format === 'csv') {
        expect(text.split('\n')[0]).toMatch(/^month,.*hours-to-approve-tier-0/);
      } else {
        expect(JSON.parse(text).months.length).toBeGreaterThan(0);
      }
    }
    await page.setViewportSize({ width: 1280, height: 3600 });
    await page.screenshot({ path: `${screenshots}/kpis-report.png` });

    // As printed on A4 (794 px wide at 96 dpi): no sidebar, header or
    // buttons; the charts stay.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByTestId('sidebar-root')).toBeHidden();
    await expect(
      page.getByTestId('kpi-apps-created').getByTestId('kpi-sparkline'),
    ).toBeVisible();
    await page.screenshot({
      path: `${screenshots}/kpis-report-print.png`,
      fullPage: true,
    });
    await page.pdf({
      path: `${screenshots}/kpis-report.pdf`,
      format: 'A4',
      printBackground: true,
    });
    expect(errors).toEqual([]);
  });

  test("the Governance tab shows an app's value and cost, or how to claim it", async ({
    page,
  }) => {
    const errors = collectConsoleErrors(page);
    await signInAs(page, 'Frank Osei');
    await page.goto('/catalog/default/component/standup-notes-bot/governance');
    await expect(
      page.getByText('10 h per week (claimed 2026-11-02)'),
    ).toBeVisible();
    // The seed articles' example: 10 h x $70 x 52 - $2,500 overhead.
    await expect(page.getByTestId('app-net-benefit')).toHaveText(
      /Net benefit per year\$33,900/,
    );
    await page.getByText('Value and cost').scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `${screenshots}/governance-value-standup-notes-bot.png`,
      fullPage: true,
    });

    await page.goto('/catalog/default/component/where2eat/governance');
    await expect(page.getByTestId('value-claim-prompt')).toContainText(
      'No value claim yet',
    );
    await expect(page.getByTestId('value-claim-prompt')).toContainText(
      'value.hoursSavedPerWeek',
    );
    expect(errors).toEqual([]);
  });
});
