import { expect, test, type Page } from '@playwright/test';
import { waitForServiceWorker } from './support/app';
import { cardPhoto, cardSide, chooseCardImage, downloadReader, formLabels, formValues } from './support/paper-card';

test('after the card reader was downloaded once, a paper card is read in airplane mode', async ({ page, context }) => {
  test.setTimeout(150_000);
  const readerRequests: string[] = [];
  context.on('request', (request) => {
    if (request.url().includes('/card-reader/')) readerRequests.push(request.url());
  });
  await page.goto('/scan/paper');
  await waitForServiceWorker(page);
  // The reader is not part of the install: not in the precache, not fetched until asked for.
  await expect.poll(() => precachedUrls(page).then((urls) => urls.length)).toBeGreaterThan(10);
  expect((await precachedUrls(page)).filter((url) => url.includes('/card-reader/'))).toEqual([]);
  expect(readerRequests).toEqual([]);
  await downloadReader(page);

  await context.setOffline(true);
  // A fresh start offline: the app, the reader's worker, its core and its data all come from the phone.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Paper card' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the card reader' })).toHaveCount(0);
  const front = cardSide(page, 'Front');
  await chooseCardImage(front, cardPhoto('photos/22-bi-left-gothic.jpg'));
  await expect(front.getByText('Read. Check each field and correct what is wrong.')).toBeVisible({ timeout: 90_000 });
  expect(await formValues(page, formLabels.en)).toMatchObject({
    name: '森 健太',
    reading: 'Kenta Mori',
    org: '株式会社ネクストステップ',
    email: 'kenta.mori@nextstep.co.jp',
    website: 'https://www.nextstep.co.jp',
  });

  // The reader's data is kept once, in its own cache: tesseract keeps no second copy in IndexedDB.
  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(databases).not.toContain('keyval-store');
});

/** Every URL in the service worker's install precache. */
function precachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of (await caches.keys()).filter((n) => n.startsWith('workbox-precache'))) {
      urls.push(...(await (await caches.open(name)).keys()).map((request) => request.url));
    }
    return urls;
  });
}
