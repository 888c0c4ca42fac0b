import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cardPhoto, cardSide, chooseCardImage, downloadReader, formLabels, formValues } from './support/paper-card';

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
  await downloadReader(page);

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

  test('紙の名刺の写真からフォームが埋まり、回転しても読み直せる', async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto('/scan');
    await page.getByRole('link', { name: '紙の名刺' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '紙の名刺' })).toBeVisible();
    await expect(page.getByText(/^名刺リーダー（約\d+(\.\d)?MB）をダウンロードすると、オフラインでも使えます。$/)).toBeVisible();
    await downloadReader(page, '名刺リーダーをダウンロード');

    const front = cardSide(page, '表面');
    await chooseCardImage(front, cardPhoto('photos/01-ja-left-gothic.jpg'), '画像を選ぶ');
    const read = front.getByText('読み取りました。各項目を確認し、違うところを直してください。');
    await expect(read).toBeVisible({ timeout: 90_000 });
    const expected = { name: '山田 太郎', reading: 'やまだ たろう', org: '株式会社サンプル', title: 'Webデザイナー', email: 'taro.yamada@example.co.jp', website: 'https://example.co.jp', notes: '' };
    expect(await formValues(page, formLabels.ja)).toEqual(expected);

    // Turned the wrong way and back: read again each time, and the same form in the end.
    await front.getByRole('button', { name: '右に回転' }).click();
    await expect(front).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
    await front.getByRole('button', { name: '左に回転' }).click();
    await expect(front).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
    await expect(read).toBeVisible();
    expect(await formValues(page, formLabels.ja)).toEqual(expected);

    // What the person typed stays when the photo is read again.
    await page.getByLabel('肩書き', { exact: true }).fill('デザイナー');
    await front.getByRole('button', { name: '右に回転' }).click();
    await expect(front).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
    await expect(page.getByLabel('肩書き', { exact: true })).toHaveValue('デザイナー');
  });
});

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
