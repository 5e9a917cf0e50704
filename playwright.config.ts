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

import { execSync } from 'node:child_process';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download cannot work here.
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium || command -v chromium-browser', {
      shell: '/bin/bash',
    })
      .toString()
      .trim();
  } catch {
    throw new Error(
      'Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH',
    );
  }
}

const baseURL = process.env.PLAYWRIGHT_URL ?? 'http://localhost:7007';

/** The local git server the templates publish to, and its credentials. */
export const GIT_URL = 'http://localhost:7009';
export const GIT_ROOT = path.resolve(__dirname, '.guardrails/e2e-git');
const GIT_ENV = {
  GUARDRAILS_GIT_USERNAME: process.env.GUARDRAILS_GIT_USERNAME ?? 'guardrails',
  GUARDRAILS_GIT_PASSWORD:
    process.env.GUARDRAILS_GIT_PASSWORD ?? 'local-git-password',
};

/**
 * Browser journeys against the real backend serving the built app
 * (packages/app/dist), with the example data and a fresh in-memory database.
 */
export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  outputDir: 'test-results',
  webServer: process.env.PLAYWRIGHT_URL
    ? undefined
    : [
        {
          // A fresh local git server for the templates to publish to.
          command: `rm -rf ${GIT_ROOT} && npm start`,
          cwd: 'packages/local-git-server',
          port: 7009,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
          env: { ...GIT_ENV, GUARDRAILS_GIT_ROOT: GIT_ROOT },
          stdout: 'ignore',
          stderr: 'pipe',
        },
        {
          command:
            'npx backstage-cli package start --config ../../app-config.yaml --config ../../app-config.e2e.yaml',
          cwd: 'packages/backend',
          url: `${baseURL}/.backstage/health/v1/readiness`,
          reuseExistingServer: !process.env.CI,
          timeout: 180_000,
          env: GIT_ENV,
          stdout: 'ignore',
          stderr: 'pipe',
        },
      ],
  use: {
    baseURL,
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
