import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';

// `npm run bench`: the figures the README's budgets are about, measured in the built app in
// Chromium. One worker, so measurements do not compete with each other for the CPU.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
  outputDir: '../.artifacts/bench-results',
  globalSetup: '../e2e/support/global-setup.ts',
  use: {
    baseURL: `http://localhost:${process.env.E2E_PORT ?? 4399}/`,
    viewport: { width: 390, height: 844 },
    locale: 'en-US',
    timezoneId: 'Asia/Tokyo',
    launchOptions: chromiumLaunchOptions(),
  },
});
