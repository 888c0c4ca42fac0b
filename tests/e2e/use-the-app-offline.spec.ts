import { expect, test } from '@playwright/test';
import { expectShell, screens, waitForServiceWorker } from './support/app';

test('after the first visit, every screen opens in airplane mode', async ({ page, context }) => {
  await page.goto('/');
  await expectShell(page);
  await waitForServiceWorker(page);
  // Lazy screen chunks come from the precache too, not only the first screen's files.
  await context.setOffline(true);
  for (const screen of screens) {
    await page.goto(screen.path);
    await expect(page.getByRole('heading', { level: 1, name: screen.en })).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.goto('/some/deep/unknown/path');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});
