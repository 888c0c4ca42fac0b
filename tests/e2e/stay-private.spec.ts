import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { qrPhotosDir } from '../fixtures/qr-photos';
import { expectShell, screens } from './support/app';

test('no request leaves the app’s origin, on any screen', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  for (const screen of screens) {
    await page.goto(screen.path);
    await expectShell(page);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});

test('the QR decoder (WebAssembly) comes from the app’s origin: reading a photo requests nothing elsewhere', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requested: string[] = [];
  page.context().on('request', (request) => {
    if (!['data:', 'blob:'].includes(new URL(request.url()).protocol)) requested.push(request.url());
  });
  // A browser without a native BarcodeDetector (this Chromium has none) and without a camera.
  await page.addInitScript(() => {
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  await page.goto('/scan');
  await page.getByLabel('Scan from image').setInputFiles(`${qrPhotosDir}zxing-qrcode-3-40.png`);
  await expect(page.getByRole('heading', { name: 'Sean Owen' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The page's own fetch, and the service worker's precache (which may run at the same time).
  const wasm = requested.filter((url) => url.endsWith('.wasm'));
  expect(wasm).not.toHaveLength(0);
  for (const url of wasm) expect(url).toMatch(new RegExp(`^${origin}/assets/zxing_reader-[\\w-]+\\.wasm$`));
  expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});

test('a Content-Security-Policy allows only the app’s own origin and no inline script but the page’s own', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("'unsafe-eval'"); // 'wasm-unsafe-eval' (compiling the QR decoder) is allowed
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).not.toMatch(/https?:\/\//);
  // The page's one inline script (the first look at a shared card) runs by its hash alone.
  const inline = await page.locator('script:not([src])').allTextContents();
  expect(inline).toHaveLength(1);
  expect(csp).toContain(`'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`);
  // The policy is really enforced: an injected inline script does not run.
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});
