import { execSync } from 'node:child_process';
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
    : {
        command:
          'npx backstage-cli package start --config ../../app-config.yaml --config ../../app-config.e2e.yaml',
        cwd: 'packages/backend',
        url: `${baseURL}/.backstage/health/v1/readiness`,
        reuseExistingServer: !process.env.CI,
        timeout: 180_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
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
