import { expect, test, type Page } from '@playwright/test';
import { decodeSharedCard, encodeSharedCard } from '../../src/domain/share/payload-codec';
import { makeEmptyCard } from '../../src/domain/types';
import { makeFirstCard, taro } from './support/my-card';
import { createEventThroughUi, storedContactNamed } from './support/meishi-data';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The other person's own card, for when their browser has Meishi too. */
const hanako = { name: '佐藤 花子', reading: 'さとう はなこ', org: 'Hanako Design', title: '代表', email: 'hanako@example.jp', website: '', tagline: '' };

/** Opens my card's link as a stranger's phone camera would. */
async function openMyCard(page: Page, baseURL: string): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.goto(encodeSharedCard(baseURL, taro, now, now + HOUR));
}

/** The email the "open in my mail app" link would start: recipient, and each parameter in order. */
async function readMailto(page: Page, name: string): Promise<{ to: string; params: [string, string][] }> {
  const href = await page.getByRole('link', { name }).getAttribute('href');
  expect(href).toMatch(/^mailto:/);
  const url = new URL(href!);
  return { to: decodeURIComponent(url.pathname), params: [...url.searchParams] };
}

test('a stranger opens my card and writes back: their mail app gets an email to me with their details, and nothing more', async ({ page, baseURL }) => {
  await openMyCard(page, baseURL!);
  await page.getByRole('button', { name: 'Send my contact back' }).click();
  await expect(page.getByLabel('Your name')).toBeFocused();
  // No Meishi card in this browser: nothing to add.
  await expect(page.getByLabel(/Add my Meishi card/)).toHaveCount(0);

  // A name is needed first; the form says so instead of opening an empty email.
  await page.getByRole('button', { name: 'Open in my mail app' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter your name.');

  await page.getByLabel('Your name').fill('Jane Doe');
  await page.getByLabel('Your organization').fill('Doe & Co');
  // Hostile text cannot add a header or a recipient.
  await page.getByLabel('A line for them').fill('We met at the Shibuya mixer&bcc=evil@example.com%0ABcc: evil@example.com');
  const mail = await readMailto(page, 'Open in my mail app');
  expect(mail.to).toBe(taro.email);
  expect(mail.params.map(([key]) => key)).toEqual(['subject', 'body']);
  const [[, subject], [, body]] = mail.params as [[string, string], [string, string]];
  expect(subject).toBe('Contact details from Jane Doe');
  expect(body).toBe(
    [
      `Dear ${taro.name},`,
      '',
      'We met at the Shibuya mixer&bcc=evil@example.com%0ABcc: evil@example.com',
      '',
      'Thank you for your card. Here are my details:',
      'Jane Doe',
      'Doe & Co',
    ].join('\n'),
  );
});

test.describe('on a host name with a dot', () => {
  // A link to "localhost" is refused like any link to a host without a dot; a deployed Meishi
  // always has one. The same server, by its IP address.
  test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_PORT ?? 4399}/` });

  test('a stranger with a Meishi card of their own adds it to the email in one tap', async ({ page, baseURL }) => {
    await makeFirstCard(page, hanako);
    await openMyCard(page, baseURL!);
    await page.getByRole('button', { name: 'Send my contact back' }).click();
    // Their own card fills the form.
    await expect(page.getByLabel('Your name')).toHaveValue(hanako.name);
    await expect(page.getByLabel('Your organization')).toHaveValue(hanako.org);
    await page.getByLabel('A line for them').fill('Shibuya mixer, by the window');
    await page.getByLabel('Add my Meishi card (a link valid for 7 days)').check();

    const mail = await readMailto(page, 'Open in my mail app');
    expect(mail.to).toBe(taro.email);
    const body = new Map(mail.params).get('body')!;
    const lines = body.split('\n');
    const label = lines.indexOf('My card in Meishi (valid for a limited time):');
    expect(label).toBeGreaterThan(0);
    const link = lines[label + 1]!;
    expect(link.startsWith(`${baseURL}#m1~`)).toBe(true);
    const now = await page.evaluate(() => Date.now());
    const decoded = decodeSharedCard(link, now);
    expect(decoded.ok && decoded.value.card).toMatchObject({ name: hanako.name, org: hanako.org, email: hanako.email });
    expect(decoded.ok && decoded.value.expiresAt - decoded.value.issuedAt).toBe(7 * DAY);
    expect(body).toContain('Shibuya mixer, by the window');

    // Unticked, the link goes again.
    await page.getByLabel('Add my Meishi card (a link valid for 7 days)').uncheck();
    expect(new Map((await readMailto(page, 'Open in my mail app')).params).get('body')).not.toContain('#m1~');
  });
});

test('I open the link a person sent me days later, and they are filed under the event where we met', async ({ page, baseURL }) => {
  const eventEvening = Date.parse('2026-11-20T18:00:00+09:00');
  await page.clock.install({ time: eventEvening });
  const shibuya = await createEventThroughUi(page, 'Shibuya Mixer');
  // That night they wrote back, with their Meishi link issued then.
  const issued = eventEvening + 3 * HOUR;
  const theirLink = encodeSharedCard(baseURL!, { ...makeEmptyCard(), name: 'Jane Doe', email: 'jane@example.com' }, issued, issued + 7 * DAY);

  // Three days later, at another event, I read the email and open their link.
  await page.clock.setSystemTime(eventEvening + 3 * DAY);
  const kyoto = await createEventThroughUi(page, 'Kyoto Night');
  await page.goto('about:blank');
  await page.goto(theirLink);
  await page.getByRole('button', { name: 'Save in Meishi' }).click();
  await expect(page.getByText('Saved in Meishi.')).toBeVisible();
  await expect(page.getByText('Filed under Shibuya Mixer.')).toBeVisible();
  const jane = await storedContactNamed(page, 'Jane Doe');
  expect(jane?.meetings.map((m) => m.eventId)).toEqual([shibuya]);
  expect(jane?.eventIds).not.toContain(kyoto);
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the reply is composed in Japanese', async ({ page, baseURL }) => {
    await openMyCard(page, baseURL!);
    await page.getByRole('button', { name: '自分の連絡先を送る' }).click();
    await page.getByLabel('お名前').fill('佐藤 花子');
    await page.getByLabel('会社・団体').fill('Hanako Design');
    await page.getByLabel('ひとこと').fill('渋谷の交流会でお会いしました');
    const mail = await readMailto(page, 'メールアプリで開く');
    expect(mail.to).toBe(taro.email);
    expect(mail.params).toEqual([
      ['subject', '佐藤 花子です（名刺交換のお礼）'],
      ['body', `${taro.name} 様\n\n渋谷の交流会でお会いしました\n\n名刺をありがとうございました。私の連絡先をお送りします。\n佐藤 花子\nHanako Design`],
    ]);
  });
});
