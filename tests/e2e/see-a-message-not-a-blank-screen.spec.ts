import { expect, test } from '@playwright/test';
import { makeContact, seed } from './support/meishi-data';

test.describe('a first visit that goes offline before the app is cached', () => {
  // No service worker: this is the moment before it has installed and cached the screens.
  test.use({ serviceWorkers: 'block' });

  test('says the screen is not downloaded yet, then opens it once back online', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'My card' })).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Events' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Not downloaded yet' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('connect to the internet once to finish installing');
    // Trying again while still offline keeps saying so.
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Not downloaded yet' })).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  });

  test('says so in Japanese too', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'マイ名刺' })).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('link', { name: '設定' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'まだダウンロードされていません' })).toBeVisible();
    await context.close();
  });
});

test('a screen that cannot show its data says so and offers a way out; the rest of the app works', async ({ page }) => {
  await page.goto('/contacts');
  await seed(page, { contacts: [makeContact('c1', { name: 'Broken', email: 'broken@example.com' })] });
  // The record is then damaged outside the app (its list of meetings is gone).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('meishi');
        open.onsuccess = () => {
          const tx = open.result.transaction('contacts', 'readwrite');
          const store = tx.objectStore('contacts');
          const get = store.get('c1');
          get.onsuccess = () => store.put({ ...get.result, meetings: null });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.goto('/contacts/c1');
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong on this screen' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to My card' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My card' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
