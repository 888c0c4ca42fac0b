import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { createEventThroughUi, saveSharedCard } from './support/meishi-data';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/vcards/${name}`, import.meta.url));

test('exporting all contacts gives one vCard file that holds every contact, readings intact', async ({ page, baseURL }) => {
  const people = [
    { name: '山田 太郎', reading: 'やまだ たろう', email: 'taro@example.co.jp', org: '株式会社サンプル' },
    { name: 'Jane Doe', email: 'jane@example.com', org: 'Doe, Smith; Partners' },
    { name: '佐藤 花子', reading: 'さとう はなこ', email: 'hanako@example.jp', website: 'https://hanako.example.jp' },
  ];
  for (const p of people) await saveSharedCard(page, baseURL!, p);
  await page.goto('/settings');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all contacts' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.vcf$/);
  const text = await readFile((await download.path())!, 'utf8');
  const parsed = ICAL.parse(text);
  const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
  expect(cards).toHaveLength(3);
  const byEmail = new Map(
    cards.map((c) => {
      const props = c[1] as [string, Record<string, unknown>, string, ...unknown[]][];
      const get = (name: string) => props.find((p) => p[0] === name)?.[3];
      return [get('email') as string, { fn: get('fn'), lastReading: get('x-phonetic-last-name'), org: get('org'), note: get('note') }];
    }),
  );
  expect(byEmail.get('taro@example.co.jp')).toMatchObject({ fn: '山田 太郎', lastReading: 'やまだ' });
  expect(byEmail.get('jane@example.com')?.fn).toBe('Jane Doe');
  expect(String(byEmail.get('taro@example.co.jp')?.note)).toMatch(/Met on/);
  expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
});

test('importing a file with a broken card imports the rest and reports the broken ones', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Import .vcf file').setInputFiles(fixture('mixed-errors.vcf'));
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText(/(\d+) contacts, 0 already here, (\d+) unreadable\./);
  const [, good, bad] = /(\d+) contacts, 0 already here, (\d+) unreadable/.exec((await preview.textContent())!)!;
  expect(Number(good)).toBeGreaterThanOrEqual(3);
  expect(Number(bad)).toBeGreaterThanOrEqual(2);
  await preview.getByText(/Unreadable cards/).click();
  await expect(preview.getByText(/Card \d+.*Damaged or cut short, so it was skipped/).first()).toBeVisible();
  await preview.getByRole('button', { name: /^Import \d+ contacts$/ }).click();
  await expect(page.getByText(`Imported: ${good} new, 0 merged into existing contacts.`)).toBeVisible();

  await page.goto('/contacts');
  await expect(page.getByRole('link', { name: /Good One/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Good Two/ })).toBeVisible();

  // The same file again: everyone is already here, and nobody is duplicated.
  await page.goto('/settings');
  await page.getByLabel('Import .vcf file').setInputFiles(fixture('mixed-errors.vcf'));
  await expect(page.getByRole('region', { name: 'Import preview' })).toContainText(/already here/);
  await page.getByRole('button', { name: /^Import \d+ contacts$/ }).click();
  await expect(page.getByText(/Imported: 0 new, \d+ merged/)).toBeVisible();
  await page.goto('/contacts');
  await expect(page.getByRole('link', { name: /Good One/ })).toHaveCount(1);
});

test('a Japanese feature-phone file in Shift_JIS imports with readings', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Import .vcf file').setInputFiles(fixture('feature-phone-sjis.vcf'));
  await page.getByRole('button', { name: /^Import \d+ contacts?$/ }).click();
  await expect(page.getByText(/Imported: \d+ new/)).toBeVisible();
  await page.goto('/contacts?sort=name');
  await expect(page.locator('.contact-row-reading').first()).toHaveText(/[ァ-ヶぁ-ん]/);
});

test('exporting the people of one event, or the ones a search shows, gives just those', async ({ page, baseURL }) => {
  const eventId = await createEventThroughUi(page, 'Nagoya Makers');
  await saveSharedCard(page, baseURL!, { name: '山田 太郎', reading: 'やまだ たろう', email: 'taro@example.co.jp' });
  await saveSharedCard(page, baseURL!, { name: 'Jane Doe', email: 'jane@example.com' });
  // Waits until the new event is saved (and current) before the next card is opened.
  await createEventThroughUi(page, 'Later Event');
  await saveSharedCard(page, baseURL!, { name: 'Other Person', email: 'other@example.com' });

  const emailsIn = async (click: () => Promise<void>) => {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const text = await readFile((await download.path())!, 'utf8');
    return [...text.matchAll(/^EMAIL[^:]*:(.+)\r$/gm)].map((m) => m[1]).sort();
  };

  await page.goto(`/events/${eventId}`);
  expect(await emailsIn(() => page.getByRole('button', { name: 'Export people (vCard)' }).click())).toEqual(['jane@example.com', 'taro@example.co.jp']);

  await page.goto('/contacts');
  await page.getByRole('searchbox', { name: 'Search' }).fill('ヤマダ');
  expect(await emailsIn(() => page.getByRole('button', { name: 'Export these 1' }).click())).toEqual(['taro@example.co.jp']);
});
