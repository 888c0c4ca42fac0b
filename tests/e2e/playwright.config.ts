import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium';

// Browser tests run against the built app (`vite build` runs first in `npm test`),
// served by a plain static server, in Debian's Chromium: nothing downloads a browser.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  // Budgets for a loaded 2-core machine (CI and shared workstations): a test that needs more
  // sets its own with test.setTimeout and says why.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  // Per port, so two runs side by side do not delete each other's traces.
  outputDir: `../.artifacts/test-results-${process.env.E2E_PORT ?? 4399}`,
  globalSetup: './support/global-setup.ts',
  use: {
    baseURL: `http://localhost:${process.env.E2E_PORT ?? 4399}/`,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
    timezoneId: 'Asia/Tokyo',
    serviceWorkers: 'allow',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
});
