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

/**
 * Signs in as an example user of examples/org.yaml through "Try as an
 * example user" on the sign-in page (development only).
 */
export async function signInAs(page: Page, displayName: string) {
  await page.goto('/');
  await page
    .getByRole('button', { name: new RegExp(`^${displayName},`) })
    .click();
  await expect(
    page.getByRole('heading', { name: /Catalog/ }).first(),
  ).toBeVisible();
}

/** Collects console errors of a page, to assert there were none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', message => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', error => errors.push(error.message));
  return errors;
}

/** True when the page fits the viewport's width without scrolling sideways. */
export async function fitsWidth(page: Page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth <= window.innerWidth + 1,
  );
}
