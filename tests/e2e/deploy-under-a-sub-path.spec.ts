import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { readQrFrom } from './support/qr';
import { waitForServiceWorker } from './support/app';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let server: StaticServer;

test.beforeAll(() => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'meishi-subpath-'));
  // The README's recipe: BASE_PATH at build time.
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, BASE_PATH: '/meishi/' },
    stdio: 'inherit',
  });
});

test.beforeEach(async () => {
  server = await startStaticServer(dir, { base: '/meishi/' });
});

test.afterEach(async () => server.close());
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('built with BASE_PATH=/meishi/, the app works from that sub-path, offline too, and its QR links point there', async ({ page, context, request }) => {
  const base = server.url; // http://localhost:<port>/meishi/
  const manifest = await (await request.get(`${base}manifest.webmanifest`)).json();
  expect(manifest).toMatchObject({ start_url: '/meishi/', scope: '/meishi/' });

  await page.goto(`${base}contacts`);
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  await expect(page).toHaveURL(`${base}events`);

  await page.goto(base);
  await waitForServiceWorker(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(base);

  await context.setOffline(true);
  await page.goto(`${base}settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await context.setOffline(false);

  await page.goto(base);
  await expect(page.getByRole('heading', { name: 'Make your card' })).toBeVisible();
  await page.getByLabel('Email', { exact: true }).fill('sub@example.com');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Show this card' }).click();
  await expect(page).toHaveURL(`${base}show`);
  const link = await readQrFrom(page.getByRole('img', { name: 'QR code' }));
  expect(link.startsWith(`${base}#m1~`)).toBe(true);
  await page.goto(link);
  await expect(page.getByRole('link', { name: 'sub@example.com' })).toBeVisible();
});
