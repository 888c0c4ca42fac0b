import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';

test('the web app manifest makes Meishi installable, with real icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href!, page.url());
  const response = await request.get(manifestUrl.href);
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: 'Meishi',
    short_name: expect.any(String),
    description: expect.stringMatching(/.{20,}/),
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    lang: expect.any(String),
  });
  const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
  const wanted = [
    { sizes: '192x192', purpose: 'any' },
    { sizes: '512x512', purpose: 'any' },
    { sizes: '512x512', purpose: 'maskable' },
  ];
  for (const want of wanted) {
    const icon = icons.find((i) => i.sizes === want.sizes && (i.purpose ?? 'any').split(' ').includes(want.purpose));
    expect(icon, `${want.sizes} ${want.purpose} icon`).toBeTruthy();
    const png = await request.get(new URL(icon!.src, manifestUrl).href);
    expect(png.ok()).toBe(true);
    expect(png.headers()['content-type']).toBe('image/png');
    const image = PNG.sync.read(await png.body());
    expect(`${image.width}x${image.height}`).toBe(want.sizes);
    // A real picture, not a flat placeholder: it has several distinct colours.
    const colours = new Set<number>();
    for (let i = 0; i < image.data.length; i += 4 * 97) colours.add(image.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(3);
  }
});

test('the service worker takes control of the page', async ({ page }) => {
  await page.goto('/');
  const controlled = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return navigator.serviceWorker.controller?.scriptURL ?? null;
  });
  expect(controlled).toMatch(/\/sw\.js$/);
});
