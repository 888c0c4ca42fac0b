import { expect, test, type Page } from '@playwright/test';
import { createEventThroughUi, saveSharedCard, storedContactNamed } from './support/meishi-data';

// Tuesday evening in Tokyo; the cards shared at the event are valid for one hour.
const EVENT_EVENING = new Date('2026-03-10T19:00:00+09:00').getTime();
const HOUR = 3_600_000;
const hanako = { name: '佐藤 花子', reading: 'さとう はなこ', org: '合同会社テスト', email: 'hanako@example.jp', website: 'https://hanako.example.jp' };
const ichiro = { name: '鈴木 一郎', reading: 'すずき いちろう', org: 'Suzuki Design', email: 'ichiro@example.com', website: 'https://suzuki.example.com' };
const explanation = /When it expires, Meishi removes their email and website unless you have marked the follow-up as done/;

async function openContact(page: Page, name: string): Promise<void> {
  await page.goto('/contacts');
  await page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('at expiry a time-limited contact loses its email and website but keeps the name, notes, flags and meetings', async ({ page, baseURL }) => {
  await page.clock.install({ time: EVENT_EVENING });
  await createEventThroughUi(page, 'Shibuya Tech Mixer');
  await saveSharedCard(page, baseURL!, hanako, HOUR, EVENT_EVENING);
  await saveSharedCard(page, baseURL!, ichiro, HOUR, EVENT_EVENING);

  // The list and the contact page say when the card runs out, and explain what will happen.
  await page.goto('/contacts');
  await expect(page.getByRole('link', { name: /^佐藤 花子.*Expires in \d+ min/ })).toBeVisible();
  await openContact(page, hanako.name);
  await expect(page.getByText(/^Card expires in \d+ min \d+ s$/)).toBeVisible();
  await expect(page.getByText(explanation)).toBeVisible();
  await page.getByRole('button', { name: 'Got it' }).click();
  await expect(page.getByText(explanation)).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Notes' }).fill('Illustrator; wants to collaborate on a picture book');
  await page.getByRole('checkbox', { name: 'Referral on the spot' }).check();
  await page.getByRole('textbox', { name: 'Tags' }).fill('illustration, books');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // Explained once: not again on this contact, nor on the next one.
  await page.reload();
  await expect(page.getByText(/^Card expires in/)).toBeVisible();
  await expect(page.getByText(explanation)).toHaveCount(0);
  await openContact(page, ichiro.name);
  await expect(page.getByText(/^Card expires in/)).toBeVisible();
  await expect(page.getByText(explanation)).toHaveCount(0);

  // Ichiro was emailed at once, before his card ran out: marked Done, no date needed.
  await page.getByRole('checkbox', { name: 'Done: I have followed up' }).check();
  await expect(page.getByText('This card was time-limited, but you followed up, so its details stay.')).toBeVisible();
  await expect.poll(async () => (await storedContactNamed(page, ichiro.name))?.followUpDone).toBe(true);

  // The hour passes while Hanako's page is open: her details go at that moment.
  await openContact(page, hanako.name);
  await expect(page.getByRole('link', { name: hanako.email })).toBeVisible();
  await expect(page.getByRole('link', { name: 'hanako.example.jp' })).toBeVisible();
  await page.clock.setSystemTime(EVENT_EVENING + HOUR + 5_000);
  await expect(page.getByText('Card expired: their email and website were removed.')).toBeVisible();
  await expect(page.getByRole('link', { name: hanako.email })).toHaveCount(0);
  await expect(page.getByText(hanako.email)).toHaveCount(0);
  await expect(page.getByText('hanako.example.jp')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Email', exact: true })).toHaveCount(0);
  // What the person noted, and who it was, stay.
  await expect(page.getByRole('heading', { level: 1, name: hanako.name })).toBeVisible();
  await expect(page.getByText(hanako.reading)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Illustrator; wants to collaborate on a picture book');
  await expect(page.getByRole('checkbox', { name: 'Referral on the spot' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Tags' })).toHaveValue('illustration, books');
  await expect(page.getByRole('region', { name: 'Meetings' }).getByRole('link', { name: 'Shibuya Tech Mixer' })).toBeVisible();

  const stored = (await storedContactNamed(page, hanako.name))!;
  expect(stored.card).toMatchObject({ name: hanako.name, reading: hanako.reading, org: hanako.org, email: '', website: '' });
  expect(stored.original).toMatchObject({ name: hanako.name, email: '', website: '' });
  expect(stored.expiredAt).toBe(EVENT_EVENING + HOUR);
  expect(stored.emailKey).toBeUndefined();
  expect(stored.notes).toBe('Illustrator; wants to collaborate on a picture book');
  expect(stored.flags).toEqual(['referral']);
  expect(stored.tags).toEqual(['illustration', 'books']);
  expect(stored.meetings).toHaveLength(1);

  // After a reload it is the same; the list marks it, and "Expired cards" finds only her.
  await page.reload();
  await expect(page.getByText('Card expired: their email and website were removed.')).toBeVisible();
  await expect(page.getByText(hanako.email)).toHaveCount(0);
  await page.goto('/contacts');
  await expect(page.getByRole('link', { name: /^佐藤 花子.*Card expired/ })).toBeVisible();
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Expired cards' });
  await expect(page.getByRole('list', { name: 'Contacts' }).getByRole('link')).toHaveText([/^佐藤 花子/]);

  // Ichiro, followed up in time, keeps his email and website.
  await openContact(page, ichiro.name);
  await expect(page.getByRole('link', { name: ichiro.email })).toBeVisible();
  // The link shows the host it opens.
  await expect(page.getByRole('link', { name: 'suzuki.example.com' })).toHaveAttribute('href', `${ichiro.website}/`);
  await expect(page.getByText(/Card expired/)).toHaveCount(0);
  const kept = (await storedContactNamed(page, ichiro.name))!;
  expect(kept.card.email).toBe(ichiro.email);
  expect(kept.expiredAt).toBeNull();
});
