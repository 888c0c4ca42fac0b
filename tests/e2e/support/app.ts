import { expect, type Page } from '@playwright/test';

/** The main screens, with their path and the heading each shows in English and Japanese. */
export const screens = [
  { path: '/', en: 'My card', ja: 'マイ名刺' },
  { path: '/show', en: 'Show', ja: '提示' },
  { path: '/scan', en: 'Scan', ja: 'スキャン' },
  { path: '/contacts', en: 'Contacts', ja: '連絡先' },
  { path: '/events', en: 'Events', ja: 'イベント' },
  { path: '/settings', en: 'Settings', ja: '設定' },
] as const;

/** Waits until the service worker controls the page, so the app works offline from here on. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
}

/** Asserts the app shell rendered: the bottom navigation is there. */
export async function expectShell(page: Page, navLabel = 'Main'): Promise<void> {
  await expect(page.getByRole('navigation', { name: navLabel })).toBeVisible();
}
