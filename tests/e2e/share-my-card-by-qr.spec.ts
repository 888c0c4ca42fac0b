import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readQrFrom } from './support/qr';
import { makeFirstCard, taro } from './support/my-card';

test('a person makes a card, shows it, and another phone opens, saves and then sees it expire', async ({ page, browser, baseURL }) => {
  await makeFirstCard(page);
  await page.getByRole('button', { name: 'Show this card' }).click();
  await expect(page).toHaveURL(/\/show$/);

  // Default validity: until the end of today, with a live countdown.
  await expect(page.getByRole('radio', { name: 'Today' })).toBeChecked();
  await expect(page.getByText(/Valid until .* left/)).toBeVisible();
  await expect(page.getByText(taro.name, { exact: true })).toBeVisible();

  const qr = page.getByRole('img', { name: 'QR code' });
  await expect(qr).toBeVisible();
  // Large: nearly the phone's full width.
  expect((await qr.boundingBox())!.width).toBeGreaterThan(300);
  const link = await readQrFrom(qr);
  expect(link.startsWith(`${baseURL}#m1~`)).toBe(true);
  // Email only: nothing like a phone number travels.
  expect(link).not.toMatch(/tel|line/i);

  // Another person's phone: a fresh browser, no account, no install.
  const other = await browser.newContext({ locale: 'en-US', acceptDownloads: true, viewport: { width: 390, height: 844 } });
  const receiver = await other.newPage();
  await receiver.clock.install({ time: Date.now() });
  await receiver.goto(link);
  await expect(receiver.getByRole('heading', { level: 1, name: 'Business card' })).toBeVisible();
  await expect(receiver.getByRole('heading', { name: taro.name })).toBeVisible();
  await expect(receiver.getByText(taro.reading)).toBeVisible();
  await expect(receiver.getByText(`${taro.title} · ${taro.org}`)).toBeVisible();
  await expect(receiver.getByRole('link', { name: taro.email })).toHaveAttribute('href', `mailto:${taro.email}`);
  await expect(receiver.getByRole('link', { name: 'example.co.jp', exact: true })).toHaveAttribute('href', `${taro.website}/`);
  await expect(receiver.getByText(/Valid until/)).toBeVisible();

  const [download] = await Promise.all([receiver.waitForEvent('download'), receiver.getByRole('button', { name: 'Save to contacts' }).click()]);
  expect(download.suggestedFilename()).toBe('山田 太郎.vcf');
  const vcf = await readFile((await download.path())!, 'utf8');
  expect(vcf).toContain('BEGIN:VCARD\r\nVERSION:3.0\r\n');
  expect(vcf).toContain('N:山田;太郎;;;\r\n');
  expect(vcf).toContain('FN:山田 太郎\r\n');
  expect(vcf).toContain('X-PHONETIC-LAST-NAME:やまだ\r\n');
  expect(vcf).toContain('X-PHONETIC-FIRST-NAME:たろう\r\n');
  expect(vcf).toContain('SORT-STRING:やまだ たろう\r\n');
  expect(vcf).toContain('ORG:株式会社サンプル\r\n');
  expect(vcf).toContain('TITLE:Webデザイナー\r\n');
  expect(vcf).toMatch(/EMAIL[^:]*:taro\.yamada@example\.co\.jp\r\n/);
  expect(vcf).toContain('URL:https://example.co.jp/\r\n');
  expect(vcf).toMatch(/NOTE:.*Meishi/);
  expect(vcf.trimEnd().endsWith('END:VCARD')).toBe(true);

  // Past the end of the day the card is gone: no name, no email.
  await receiver.clock.fastForward('24:00:00');
  await expect(receiver.getByText(/This card expired on/)).toBeVisible();
  await expect(receiver.getByText(taro.email)).toHaveCount(0);
  await expect(receiver.getByText(taro.name)).toHaveCount(0);
  await expect(receiver.getByRole('button', { name: 'Save to contacts' })).toHaveCount(0);
  await expect(receiver.getByRole('button', { name: 'Save in Meishi' })).toHaveCount(0);

  // Reopening the link later shows the same.
  await receiver.reload();
  await expect(receiver.getByText(/This card expired on/)).toBeVisible();
  await expect(receiver.getByText(taro.email)).toHaveCount(0);
  await other.close();
});

test('the receiver saves the card into their own Meishi once; a second save adds a meeting', async ({ page, browser }) => {
  await makeFirstCard(page);
  await page.getByRole('button', { name: 'Show this card' }).click();
  const link = await readQrFrom(page.getByRole('img', { name: 'QR code' }));

  const other = await browser.newContext({ locale: 'en-US' });
  const receiver = await other.newPage();
  await receiver.goto(link);
  await receiver.getByRole('button', { name: 'Save in Meishi' }).click();
  await expect(receiver.getByText('Saved in Meishi.')).toBeVisible();
  await receiver.reload();
  await receiver.getByRole('button', { name: 'Save in Meishi' }).click();
  await expect(receiver.getByText('Already in Meishi: added this meeting.')).toBeVisible();
  await other.close();
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('a receiver sees the card and, once expired, only the expiry date', async ({ page, baseURL }) => {
    const { encodeSharedCard } = await import('../../src/domain/share/payload-codec');
    const now = Date.now();
    const card = { ...taro };
    await page.clock.install({ time: now });
    await page.goto(encodeSharedCard(baseURL!, card, now, now + 3_600_000));
    await expect(page.getByRole('heading', { level: 1, name: '名刺' })).toBeVisible();
    await expect(page.getByRole('button', { name: '連絡先に保存' })).toBeVisible();
    await page.clock.fastForward('01:01:00');
    await expect(page.getByText(/この名刺は.*に期限切れになりました/)).toBeVisible();
    await expect(page.getByText(taro.email)).toHaveCount(0);
  });
});

test.describe('at the door, the words of the other screens still on their way', () => {
  // No service worker, so the test can hold back one file.
  test.use({ serviceWorkers: 'block' });

  test('Show draws the QR without waiting for them, and its event picker’s words appear when they arrive', async ({ page }) => {
    await makeFirstCard(page);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/en-screens-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/show');
    await expect(page.getByRole('img', { name: 'QR code' })).toBeVisible();
    await expect(page.getByText(taro.name, { exact: true })).toBeVisible();
    expect(await readQrFrom(page.getByRole('img', { name: 'QR code' }))).toMatch(/#m1~/);
    release();
    await expect(page.getByRole('combobox', { name: 'File new contacts under' })).toHaveValue('');
    await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();
  });
});

test('a damaged link and a link from a newer Meishi get clear messages', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}#m1~zz~1~broken`);
  await expect(page.getByText('This link is damaged or incomplete, so the card cannot be shown.')).toBeVisible();
  await page.goto(`${baseURL}#m9~abc~def`);
  await expect(page.getByText(/made by a newer version of Meishi/)).toBeVisible();
  await page.getByRole('button', { name: 'Open Meishi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My card' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});

test('scanned values are shown as text, never as markup or script links', async ({ page, baseURL }) => {
  const { encodeSharedCard } = await import('../../src/domain/share/payload-codec');
  const now = Date.now();
  const hostile = { ...taro, name: '<img src=x onerror="window.__pwned=1">', org: '<b>bold</b>', website: 'http://example.com/"><script>' };
  await page.goto(encodeSharedCard(baseURL!, hostile, now, now + 3_600_000));
  await expect(page.getByRole('heading', { name: hostile.name })).toBeVisible();
  await expect(page.getByText(/<b>bold<\/b>/)).toBeVisible();
  expect(await page.locator('main img, main b, main script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test.describe('the first look, before any script file has arrived', () => {
  for (const [locale, heading, expired] of [
    ['en-US', 'Business card', /This card expired on/],
    ['ja-JP', '名刺', /この名刺は.*に期限切れになりました/],
  ] as const) {
    test(`in ${locale}, the page alone shows the card, its countdown, and at expiry only the date`, async ({ browser, baseURL }) => {
      const { encodeSharedCard } = await import('../../src/domain/share/payload-codec');
      // A phone on a venue network: the page has arrived, none of the app's files yet.
      const context = await browser.newContext({ locale, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.route('**/assets/**', (route) => route.abort());
      const now = Date.now();
      await page.clock.install({ time: now });
      await page.goto(encodeSharedCard(baseURL!, { ...taro, website: 'https://example.co.jp' }, now, now + 3_600_000));
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: taro.name })).toBeVisible();
      await expect(page.getByRole('link', { name: taro.email })).toHaveAttribute('href', `mailto:${taro.email}`);
      await expect(page.getByRole('link', { name: 'example.co.jp', exact: true })).toHaveAttribute('href', 'https://example.co.jp/');
      await expect(page.locator('.validity')).toContainText(locale === 'ja-JP' ? '残り' : 'left');
      await page.clock.fastForward('01:01:00');
      await expect(page.getByText(expired)).toBeVisible();
      await expect(page.getByText(taro.email)).toHaveCount(0);
      await context.close();
    });
  }

  test('hostile text is shown as text there too', async ({ browser, baseURL }) => {
    const { encodeSharedCard } = await import('../../src/domain/share/payload-codec');
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/assets/**', (route) => route.abort());
    const now = Date.now();
    await page.goto(encodeSharedCard(baseURL!, { ...taro, name: '<img src=x onerror="window.__pwned=1">', website: 'javascript:alert(1)' }, now, now + 3_600_000));
    await expect(page.getByText('This link is damaged or incomplete, so the card cannot be shown.').or(page.getByRole('heading', { level: 2, name: '<img src=x onerror="window.__pwned=1">' }))).toBeVisible();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
  });
});

test('a stranger who only looks at a card does not install the app; opening Meishi does', async ({ page, baseURL }) => {
  const { encodeSharedCard } = await import('../../src/domain/share/payload-codec');
  const now = Date.now();
  await page.goto(encodeSharedCard(baseURL!, taro, now, now + 3_600_000));
  await expect(page.getByRole('button', { name: 'Save to contacts' })).toBeVisible();
  // Well past the moment the app registers its service worker on other screens.
  await page.waitForTimeout(3000);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await page.getByRole('button', { name: 'Open Meishi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My card' })).toBeVisible();
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { timeout: 20_000 }).toBe(1);
});
