import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForServiceWorker } from './support/app';
import { cardPhoto, cardSide, chooseCardImage, downloadReader, formLabels, formValues } from './support/paper-card';

const emptyForm = { name: '', reading: '', org: '', title: '', email: '', website: '', notes: '' };

test('a photo with no readable text says so and leaves the form empty to type in', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/scan/paper');
  await downloadReader(page);
  const front = cardSide(page, 'Front');
  await chooseCardImage(front, cardPhoto('blank-card.jpg'));
  await expect(front.getByText('No text found — type it in.')).toBeVisible({ timeout: 90_000 });
  expect(await formValues(page, formLabels.en)).toEqual(emptyForm);
  await page.getByLabel('Name', { exact: true }).fill('Jane Doe');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Jane Doe');
});

test('a file that is not an image gets a clear message, and the card read before stays', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/scan/paper');
  const front = cardSide(page, 'Front');
  const notAPhoto = { name: 'card.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Not a photo\r\nEND:VCARD\r\n') };
  await chooseCardImage(front, notAPhoto);
  await expect(front.getByRole('alert')).toHaveText('This file is not an image Meishi can read. Choose a photo of the card (JPEG, PNG or WebP).');
  await expect(front.getByRole('img')).toHaveCount(0);
  // An empty file too.
  await chooseCardImage(front, { name: 'empty.png', mimeType: 'image/png', buffer: Buffer.alloc(0) });
  await expect(front.getByRole('alert')).toContainText('not an image');

  // After a card was read, a wrong file loses nothing.
  await downloadReader(page);
  await chooseCardImage(front, cardPhoto('photos/18-en-centred-sans.jpg'));
  await expect(front.getByText('Read. Check each field and correct what is wrong.')).toBeVisible({ timeout: 90_000 });
  await chooseCardImage(front, notAPhoto);
  await expect(front.getByRole('alert')).toContainText('not an image');
  await expect(front.getByRole('img', { name: 'Photo of the front of the card' })).toBeVisible();
  expect(await formValues(page, formLabels.en)).toMatchObject({ name: 'David Lee', email: 'david@studiolumen.co.uk' });
});

test('offline before the reader was ever downloaded: it says so, and the card can still be typed in', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto('/scan/paper');
  await waitForServiceWorker(page);
  await expect(page.getByRole('button', { name: 'Download the card reader' })).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByText(/^You are offline, and the card reader is not downloaded yet\. Connect to the internet once to download it \(≈[\d.]+ MB\)\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the card reader' })).toHaveCount(0);
  const front = cardSide(page, 'Front');
  await chooseCardImage(front, cardPhoto('photos/13-en-left-sans.jpg'));
  await expect(front.getByText('Download the card reader to read this photo, or type the card in.')).toBeVisible({ timeout: 30_000 });
  await expect(front.getByRole('img', { name: 'Photo of the front of the card' })).toBeVisible();
  await page.getByLabel('Email', { exact: true }).fill('emily.carter@blueharbor.com');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('emily.carter@blueharbor.com');
  // Back online, the offer returns.
  await context.setOffline(false);
  await expect(page.getByRole('button', { name: 'Download the card reader' })).toBeVisible();
});

test('a 50-megapixel photo is scaled down in the background: the page keeps running and the card is read', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/scan/paper');
  await downloadReader(page);
  const front = cardSide(page, 'Front');
  // The test photo enlarged to 8,660 × 5,774 pixels (50 MP), made in the page and chosen as a file there.
  const input = front.getByLabel('Choose an image');
  const photo = readFileSync(cardPhoto('photos/16-en-contact-top-sans.jpg')).toString('base64');
  await page.evaluate(
    async ({ photo }) => {
      // (Not fetch(data:…): the app's Content-Security-Policy allows no such request.)
      const small = await createImageBitmap(new Blob([Uint8Array.from(atob(photo), (c) => c.charCodeAt(0))], { type: 'image/jpeg' }));
      const canvas = new OffscreenCanvas(8660, 5774);
      canvas.getContext('2d')!.drawImage(small, 0, 0, 8660, 5774);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      (window as unknown as { bigPhoto: File }).bigPhoto = new File([blob], 'IMG_0001.jpg', { type: 'image/jpeg' });
    },
    { photo },
  );
  // A heartbeat on the page's main thread while the photo is prepared and read.
  await page.evaluate(() => {
    const w = window as unknown as { beats: number };
    w.beats = 0;
    const beat = () => {
      w.beats++;
      setTimeout(beat, 50);
    };
    beat();
  });
  const beatsBefore = await page.evaluate(() => (window as unknown as { beats: number }).beats);
  await input.evaluate((element: HTMLInputElement) => {
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as { bigPhoto: File }).bigPhoto);
    element.files = transfer.files;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(front).toHaveAttribute('aria-busy', 'true');
  // While the photo is prepared, the page answers: typing lands at once.
  await page.getByLabel('Notes').fill('typed while the photo was read');
  await expect(front.getByText('Read. Check each field and correct what is wrong.')).toBeVisible({ timeout: 120_000 });
  expect(await page.evaluate(() => (window as unknown as { beats: number }).beats)).toBeGreaterThan(beatsBefore + 5);
  await expect(page.getByLabel('Notes')).toHaveValue('typed while the photo was read');
  expect(await formValues(page, formLabels.en)).toMatchObject({ name: 'Michael Brown', email: 'm.brown@pacificrim.co.jp' });
  // The kept photo is the card, at most 1600 pixels on its long side.
  const size = await front.getByRole('img', { name: 'Photo of the front of the card' }).evaluate((img: HTMLImageElement) => Math.max(img.naturalWidth, img.naturalHeight));
  expect(size).toBeGreaterThan(500);
  expect(size).toBeLessThanOrEqual(1600);
});
