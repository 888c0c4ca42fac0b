import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import type { EventTag } from '../../src/domain/mail/event-tags';
import { decodeSharedCard } from '../../src/domain/share/payload-codec';
import type { MyCard } from '../../src/domain/types';
import { readQrFrom } from './support/qr';
import { makeFirstCard, taro } from './support/my-card';
import { createEventThroughUi, makeContact, makeEventRecord, readStore, seed } from './support/meishi-data';

const HOUR = 3_600_000;
const TAG = '[0-9a-hjkmnp-tv-z]{6}';
const taggedTaro = new RegExp(`^taro\\.yamada\\+(${TAG})@example\\.co\\.jp$`);

/** The email address the QR now on Show carries, read with a real QR decoder. */
async function addressInQr(page: Page): Promise<string> {
  const link = await readQrFrom(page.getByRole('img', { name: 'QR code' }));
  const decoded = decodeSharedCard(link, await page.evaluate(() => Date.now()));
  if (!decoded.ok) throw new Error(`The QR holds no card: ${decoded.error.kind}`);
  expect(link).not.toMatch(/shibuya|kyoto|mixer|night/i);
  return decoded.value.card.email;
}

test('a card shown while an event is current carries that event’s own address; another event gets another', async ({ page }) => {
  await makeFirstCard(page);
  await page.getByRole('link', { name: 'Edit Work' }).click();
  const option = page.getByLabel('A separate address for each event');
  await expect(option).toBeEnabled();
  // example.co.jp is no provider Meishi knows: it says so and offers the test.
  await expect(page.getByText(/cannot tell whether your mail provider delivers/)).toBeVisible();
  const testMail = new URL((await page.getByRole('link', { name: 'Send a test email' }).getAttribute('href'))!);
  expect(decodeURIComponent(testMail.pathname)).toMatch(taggedTaro);
  expect(testMail.searchParams.get('subject')).toBe('Meishi test: a per-event address');
  await option.check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('A separate address for each event', { exact: true })).toBeVisible();
  expect((await readStore<MyCard>(page, 'cards'))[0]?.perEventAddress).toBe(true);

  // No event current: the card carries the plain address.
  await page.goto('/show');
  expect(await addressInQr(page)).toBe(taro.email);

  const shibuya = await createEventThroughUi(page, 'Shibuya Mixer');
  await page.goto('/show');
  await page.getByRole('radio', { name: '1 hour' }).check();
  const shibuyaAddress = await addressInQr(page);
  expect(shibuyaAddress).toMatch(taggedTaro);
  await expect(page.getByText(`This event’s address: ${shibuyaAddress}`)).toBeVisible();
  const [entry] = await readStore<EventTag>(page, 'eventTags');
  expect(entry).toMatchObject({ eventId: shibuya, baseEmail: taro.email, tag: taggedTaro.exec(shibuyaAddress)![1] });

  // Shown again, the same event keeps its address.
  await page.reload();
  expect(await addressInQr(page)).toBe(shibuyaAddress);

  const kyoto = await createEventThroughUi(page, 'Kyoto Night');
  await page.goto('/show');
  const kyotoAddress = await addressInQr(page);
  expect(kyotoAddress).toMatch(taggedTaro);
  expect(kyotoAddress).not.toBe(shibuyaAddress);
  expect((await readStore<EventTag>(page, 'eventTags')).map((e) => e.eventId).sort()).toEqual([shibuya, kyoto].sort());

  // Turned off: no new tags, the old ones stay for the filters.
  await page.goto('/');
  await page.getByRole('link', { name: 'Edit Work' }).click();
  await page.getByLabel('A separate address for each event').uncheck();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.goto('/show');
  expect(await addressInQr(page)).toBe(taro.email);
  expect(await readStore<EventTag>(page, 'eventTags')).toHaveLength(2);
});

test('an address that cannot take a tag greys the option out and says why', async ({ page }) => {
  await makeFirstCard(page, { ...taro, email: 'taro@docomo.ne.jp' });
  await page.getByRole('link', { name: 'Edit Work' }).click();
  const option = page.getByLabel('A separate address for each event');
  await expect(option).toBeDisabled();
  await expect(page.getByText('docomo mail does not deliver mail sent to an address with a “+tag”, so this option is off for this card.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Send a test email' })).toHaveCount(0);

  const email = page.getByLabel('Email', { exact: true });
  await email.fill('taro+work@example.com');
  await expect(option).toBeDisabled();
  await expect(page.getByText(/already has a “\+” in it/)).toBeVisible();
  // Known providers: how sure Meishi is, and on what.
  await email.fill('taro@gmail.com');
  await expect(option).toBeEnabled();
  await expect(page.getByText('Gmail is reported to deliver mail sent to such addresses, though its own help pages do not say so.')).toBeVisible();
  await email.fill('taro@fastmail.com');
  await expect(page.getByText('Fastmail says on its own help pages that it delivers mail sent to such addresses.')).toBeVisible();
});

/** Gmail's filter file as a list of filters, each its properties by name. */
function gmailFilters(xml: string): Record<string, string>[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return Array.from(doc.getElementsByTagName('entry'), (entry) =>
    Object.fromEntries(Array.from(entry.getElementsByTagName('apps:property'), (p) => [p.getAttribute('name')!, p.getAttribute('value')!])),
  );
}

test('the exported filters name every expired event’s address; Done contacts keep theirs alive', async ({ page }) => {
  const now = Date.parse('2026-11-25T12:00:00+09:00');
  await page.clock.install({ time: now });
  await page.goto('/settings');
  const tag = (tag: string, eventId: string, expiresAt: number): EventTag => ({ tag, eventId, baseEmail: taro.email, createdAt: Math.min(expiresAt, now) - 2 * HOUR, expiresAt });
  await seed(page, {
    events: [makeEventRecord('e1', 'Shibuya Mixer', '2026-11-20'), makeEventRecord('e2', 'Kyoto Night', '2026-11-22'), makeEventRecord('e3', 'Osaka Meetup', '2026-11-25')],
    eventTags: [tag('aaaaaa', 'e1', now - 48 * HOUR), tag('bbbbbb', 'e2', now - HOUR), tag('cccccc', 'e3', now + 5 * HOUR)],
    // Followed up with someone from Kyoto: that address must keep working.
    contacts: [makeContact('c1', { name: 'Jane Doe', email: 'jane@example.com' }, { meetings: [{ at: now - 50 * HOUR, eventId: 'e2', source: 'meishi' }], followUpDone: true })],
  });
  await page.reload();
  await expect(page.getByText('Addresses handed out: 3, of which 1 expired.')).toBeVisible();
  await expect(page.getByText('Not exported yet.')).toBeVisible();

  const [gmail] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Gmail filters' }).click()]);
  expect(gmail.suggestedFilename()).toBe('mailFilters.xml');
  const filters = gmailFilters(await readFile((await gmail.path())!, 'utf8'));
  const address = (t: string) => `taro.yamada+${t}@example.co.jp`;
  expect(filters).toEqual([
    { to: address('aaaaaa'), label: 'Meishi: Shibuya Mixer' },
    { to: address('aaaaaa'), label: 'Meishi: expired', shouldArchive: 'true' },
    { to: address('bbbbbb'), label: 'Meishi: Kyoto Night' },
    { to: address('cccccc'), label: 'Meishi: Osaka Meetup' },
  ]);
  await expect(page.getByText('Your filters are up to date.')).toBeVisible();

  // Osaka's card expires: the Gmail file needs making again, the Sieve script does not.
  await page.clock.fastForward('06:00:00');
  await page.reload();
  await expect(page.getByText('1 address expired since your last export: download the Gmail filters again (a Sieve script files it away by itself).')).toBeVisible();
  await page.getByLabel('Sieve server').selectOption({ label: 'Fastmail' });
  const [sieve] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Sieve script' }).click()]);
  const script = await readFile((await sieve.path())!, 'utf8');
  expect(script).toContain('require ["fileinto", "mailbox", "subaddress"];');
  for (const expired of ['aaaaaa', 'cccccc']) {
    expect(script).toContain(`if address :detail :is ["to", "cc"] "${expired}" {\n  fileinto :create "INBOX.Meishi: expired";\n  stop;\n}`);
  }
  expect(script).toContain('if address :detail :is ["to", "cc"] "bbbbbb" {\n  fileinto :create "INBOX.Meishi: Kyoto Night";\n  keep;\n}');
  await expect(page.getByText('Your filters are up to date.')).toBeVisible();
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the option explains itself, and the filters use Japanese folder names', async ({ page }) => {
    await page.goto('/settings');
    await seed(page, {
      cards: [{ ...taro, id: 'k1', label: '仕事用', email: 'taro@docomo.ne.jp', perEventAddress: false, createdAt: 1, updatedAt: 1 }],
      events: [makeEventRecord('e1', '渋谷異業種交流会', '2026-11-20')],
      eventTags: [{ tag: 'aaaaaa', eventId: 'e1', baseEmail: taro.email, createdAt: 1, expiresAt: 2 }],
    });
    await page.goto('/cards/k1');
    await expect(page.getByLabel('イベントごとに別のアドレスを使う')).toBeDisabled();
    await expect(page.getByText('ドコモメールは「+タグ」付きのアドレス宛のメールを受け取れないため、この名刺ではこの設定を使えません。')).toBeVisible();

    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'メールフィルタ' })).toBeVisible();
    const [gmail] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gmailのフィルタをダウンロード' }).click()]);
    expect(gmailFilters(await readFile((await gmail.path())!, 'utf8'))).toEqual([
      { to: 'taro.yamada+aaaaaa@example.co.jp', label: '名刺: 渋谷異業種交流会' },
      { to: 'taro.yamada+aaaaaa@example.co.jp', label: '名刺: 期限切れ', shouldArchive: 'true' },
    ]);
  });
});
