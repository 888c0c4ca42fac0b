import { expect, test } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { distDir } from './support/global-setup';
import { waitForServiceWorker } from './support/app';

let dir: string;
let server: StaticServer;

test.beforeEach(async () => {
  // A copy of the build that this test can "deploy" a new version into.
  dir = await mkdtemp(join(tmpdir(), 'meishi-update-'));
  await cp(distDir, dir, { recursive: true });
  server = await startStaticServer(dir);
});

test.afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

test('a new version waits for the person to choose Reload, then takes over', async ({ page }) => {
  await page.goto(`${server.url}settings`);
  await waitForServiceWorker(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

  // Deploy a new version: a changed service worker.
  const sw = join(dir, 'sw.js');
  await writeFile(sw, `${await readFile(sw, 'utf8')}\n// new version\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const prompt = page.getByRole('status').filter({ hasText: 'Update available' });
  await expect(prompt).toBeVisible();
  // Never reloaded under the person's feet: the page is the same one.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  await Promise.all([page.waitForEvent('framenavigated'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
  expect(waiting).toBe(false);
  await expect(page.getByText('Update available')).toHaveCount(0);
});
