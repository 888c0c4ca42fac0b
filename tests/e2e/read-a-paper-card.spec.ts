import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { cardPhoto, cardSide, chooseCardImage, downloadReader, formLabels, formValues, recordProgressBars } from './support/paper-card';

// OCR is heavy: a few photos only, each with a generous budget for a loaded 2-core machine.
test('a paper card photographed in English fills the form; a tapped line goes into the field I chose', async ({ page, baseURL }) => {
  test.setTimeout(150_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });

  await page.goto('/scan');
  await page.getByRole('link', { name: 'Paper card' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paper card' })).toBeVisible();
  // First use: the reader is offered with its real size.
  await expect(page.getByText(/^Download the card reader \(≈\d+(\.\d)? MB\), then it works offline\.$/)).toBeVisible();
  const progressBars = await recordProgressBars(page);
  await downloadReader(page);
  // The download showed its progress bar, counting up to the reader's whole size.
  const seen = await progressBars();
  expect(seen.length).toBeGreaterThan(0);
  expect(new Set(seen.map((bar) => bar.label))).toEqual(new Set(['Card reader download']));
  expect(seen.every((bar) => bar.max > 5_000_000 && bar.value >= 0 && bar.value <= bar.max)).toBe(true);
  expect(seen.some((bar) => bar.value > 0 && bar.value < bar.max)).toBe(true);
  expect(seen.some((bar) => /^Downloading… [\d.]+ of [\d.]+ MB$/.test(bar.status))).toBe(true);

  const front = cardSide(page, 'Front');
  await chooseCardImage(front, cardPhoto('photos/13-en-left-sans.jpg'));
  await expect(front.getByText('Read. Check each field and correct what is wrong.')).toBeVisible({ timeout: 90_000 });
  await expect(front.getByRole('img', { name: 'Photo of the front of the card' })).toBeVisible();
  expect(await formValues(page, formLabels.en)).toEqual({
    name: 'Emily Carter',
    reading: '',
    org: 'Blue Harbor Ltd.',
    title: 'Product Manager',
    email: 'emily.carter@blueharbor.com',
    website: 'https://www.blueharbor.com',
    notes: '',
  });
  // Phone numbers and addresses are not fields, but they are among the recognised lines.
  await page.getByLabel('Notes').click();
  await page.getByRole('button', { name: '10 Market Street, London EC2A 4NE' }).click();
  await page.getByRole('button', { name: '+44 20 7946 0123' }).click();
  await expect(page.getByLabel('Notes')).toHaveValue('10 Market Street, London EC2A 4NE\n+44 20 7946 0123');
  await page.getByLabel('Title', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Product Manager' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Product Manager');
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(foreign).toEqual([]);
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('横向きに撮った名刺は、右に回転すると正しく読める', async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto('/scan');
    await page.getByRole('link', { name: '紙の名刺' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '紙の名刺' })).toBeVisible();
    await expect(page.getByText(/^名刺リーダー（約\d+(\.\d)?MB）をダウンロードすると、オフラインでも使えます。$/)).toBeVisible();
    await downloadReader(page, '名刺リーダーをダウンロード');

    // The card shot sideways (its top to the left): read as it is, it is not the card.
    const front = cardSide(page, '表面');
    const photo = front.getByRole('img', { name: '名刺の表面の写真' });
    const sideways = await turnedAnticlockwise(page, await readFile(cardPhoto('photos/01-ja-left-gothic.jpg')));
    await chooseCardImage(front, { name: 'sideways.jpg', mimeType: 'image/jpeg', buffer: sideways }, '画像を選ぶ');
    await expect(photo).toBeVisible({ timeout: 30_000 });
    await expect(front).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
    expect(await orientation(photo)).toBe('portrait');
    const expected = { name: '山田 太郎', reading: 'やまだ たろう', org: '株式会社サンプル', title: 'Webデザイナー', email: 'taro.yamada@example.co.jp', website: 'https://example.co.jp', notes: '' };
    const before = await formValues(page, formLabels.ja);
    expect(before.email).not.toBe(expected.email);
    expect(before.name).not.toBe(expected.name);

    // ↻ turns it upright: the photo is now landscape, and the card reads right.
    await front.getByRole('button', { name: '右に回転' }).click();
    await expect(front).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
    await expect(front.getByText('読み取りました。各項目を確認し、違うところを直してください。')).toBeVisible();
    expect(await orientation(photo)).toBe('landscape');
    expect(await formValues(page, formLabels.ja)).toEqual(expected);

    // What the person typed stays when the photo is read again (turned back sideways here).
    await page.getByLabel('肩書き', { exact: true }).fill('デザイナー');
    await front.getByRole('button', { name: '左に回転' }).click();
    await expect(front).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
    expect(await orientation(photo)).toBe('portrait');
    await expect(page.getByLabel('肩書き', { exact: true })).toHaveValue('デザイナー');
  });
});

/** A JPEG turned a quarter anticlockwise, drawn by the browser (no EXIF orientation to undo it). */
async function turnedAnticlockwise(page: Page, jpeg: Buffer): Promise<Buffer> {
  const base64 = await page.evaluate(async (data) => {
    const image = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(image.height, image.width);
    const context = canvas.getContext('2d')!;
    // (x, y) → (y, width − x): the card's top edge becomes the left edge.
    context.translate(0, image.width);
    context.rotate(-Math.PI / 2);
    context.drawImage(image, 0, 0);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer());
    return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
  }, jpeg.toString('base64'));
  return Buffer.from(base64, 'base64');
}

/** Whether the shown photo (the prepared, turned card) is wider than high. */
async function orientation(photo: Locator): Promise<'landscape' | 'portrait'> {
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  return photo.evaluate((img: HTMLImageElement) => (img.naturalWidth > img.naturalHeight ? 'landscape' : 'portrait'));
}

test('Settings shows the downloaded card reader with its size and removes it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/settings');
  await expect(page.getByText(/^Not downloaded\. It is downloaded \(≈[\d.]+ MB\) the first time you read a paper card\.$/)).toBeVisible();
  await page.goto('/scan/paper');
  await downloadReader(page);
  await page.goto('/settings');
  await expect(page.getByText(/^Downloaded \([\d.]+ MB\): paper cards are read on this device, offline\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Remove the card reader' }).click();
  await expect(page.getByText('The card reader was removed.')).toBeVisible();
  await expect(page.getByText(/^Not downloaded\./)).toBeVisible();
  expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('meishi-card-reader')))).toEqual([]);
});
