import { expect, Page } from '@playwright/test';

/** Where the test run saves its screenshots. */
export const screenshots = 'test-results/screenshots';

/** The local git server the templates publish to (see playwright.config.ts). */
export const GIT_URL = 'http://localhost:7009';

export async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  await expect(
    page.getByRole('heading', { name: /Catalog/ }).first(),
  ).toBeVisible();
}

/** A Backstage token of the signed-in guest, for calls to the REST API. */
export async function tokenOf(page: Page): Promise<string> {
  const res = await page.request.post('/api/auth/guest/refresh', {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  expect(res.ok()).toBe(true);
  return (await res.json()).backstageIdentity.token;
}
