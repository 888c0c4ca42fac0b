import { expect, test } from '@playwright/test';
import { expectShell, screens } from './support/app';

test('a person opens the app on a phone and reaches every screen from the bottom bar', async ({ page }) => {
  await page.goto('/settings');
  await expectShell(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const screen of screens) {
    await nav.getByRole('link', { name: screen.en, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${screen.path}$`));
    await expect(nav.getByRole('link', { name: screen.en, exact: true })).toHaveAttribute('aria-current', 'page');
  }
  // Touch targets are at least 44 px and the bar is at the bottom, within a thumb's reach.
  for (const link of await nav.getByRole('link').all()) {
    const box = await link.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.y).toBeGreaterThan(844 - 120);
  }
});

test('the app is readable at 320 px wide: nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const screen of screens) {
    await page.goto(screen.path);
    await expectShell(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${screen.path}`).toBeLessThanOrEqual(0);
  }
});

test('an unknown address shows "Not found" with a way home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to My card' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Not found' })).toHaveCount(0);
});

test('opening Show, the page asks at once for the app’s scripts, its language and the screen, each once', async ({ page }) => {
  await page.goto('/show');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const { preloaded, pageScripts, fetched } = await page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname),
    pageScripts: [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map((script) => new URL(script.src).pathname),
    fetched: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js')),
  }));
  // The page's own scripts come last in the page; the first script asks for them before the parser gets there.
  expect(pageScripts.length).toBeGreaterThan(0);
  for (const script of pageScripts) expect(preloaded).toContain(script);
  expect(preloaded.some((path) => /\/show-[\w-]+\.js$/.test(path))).toBe(true);
  expect(preloaded.some((path) => /\/en-[\w-]+\.js$/.test(path))).toBe(true);
  expect(new Set(preloaded).size).toBe(preloaded.length);
  // A preload and the script tag for the same file are one request.
  for (const path of pageScripts) expect(fetched.filter((other) => other === path)).toHaveLength(1);
});
