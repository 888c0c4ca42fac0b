import { expect, test, type Page } from '@playwright/test';
import { makeContact, makeEventRecord, seed, storedContactRecords, storedEvents } from './support/meishi-data';

const NOW = new Date('2026-03-10T19:00:00+09:00').getTime();
const mixer = makeEventRecord('mixer', 'Shibuya Tech Mixer', '2026-03-10', { place: 'Shibuya', signs: ['network-pitches'], verdict: 'not-again' });
const hanako = makeContact('hanako', { name: '佐藤 花子', reading: 'さとう はなこ', email: 'hanako@example.jp' }, {
  meetings: [{ at: NOW, eventId: 'mixer', source: 'meishi' }],
  notes: 'Illustrator',
  flags: ['line'],
  followUpAt: NOW + 86_400_000,
});
const ichiro = makeContact('ichiro', { name: '鈴木 一郎', email: 'ichiro@example.com' }, { meetings: [{ at: NOW, eventId: 'mixer', source: 'meishi' }] });

async function start(page: Page): Promise<void> {
  await page.clock.install({ time: NOW });
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'No contacts yet' })).toBeVisible();
  await seed(page, { contacts: [hanako, ichiro], events: [mixer], settings: { currentEventId: 'mixer' } });
}

const toasts = (page: Page) => page.getByRole('status');
const contactRows = (page: Page) => page.getByRole('list', { name: 'Contacts' }).getByRole('link');

test('a deleted contact comes back with Undo, notes typed just before included, and stays back after a reload', async ({ page }) => {
  await start(page);
  await page.goto('/contacts/hanako');
  await page.getByRole('textbox', { name: 'Notes' }).fill('Illustrator; wants a picture-book collaborator');
  await page.getByRole('button', { name: 'Delete contact' }).click();

  await expect(page).toHaveURL(/\/contacts$/);
  await expect(toasts(page).getByText('Deleted 佐藤 花子.')).toBeVisible();
  await expect(contactRows(page)).toHaveText([/^鈴木 一郎/]);
  expect((await storedContactRecords(page)).map((c) => c.id)).toEqual(['ichiro']);

  await toasts(page).getByRole('button', { name: 'Undo' }).click();
  await expect(contactRows(page)).toHaveText([/^佐藤 花子/, /^鈴木 一郎/]);
  await expect(toasts(page).getByText('Deleted 佐藤 花子.')).toHaveCount(0);

  await page.reload();
  await expect(contactRows(page)).toHaveText([/^佐藤 花子/, /^鈴木 一郎/]);
  const back = (await storedContactRecords(page)).find((c) => c.id === 'hanako')!;
  expect(back).toMatchObject({ notes: 'Illustrator; wants a picture-book collaborator', flags: ['line'], followUpAt: hanako.followUpAt, dueAt: hanako.followUpAt, eventIds: ['mixer'] });
  await contactRows(page).first().click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Illustrator; wants a picture-book collaborator');
  await expect(page.getByRole('checkbox', { name: 'Pushed for a LINE exchange' })).toBeChecked();
});

test('without Undo the contact is gone for good', async ({ page }) => {
  await start(page);
  await page.goto('/contacts/ichiro');
  await page.getByRole('button', { name: 'Delete contact' }).click();
  await expect(toasts(page).getByText('Deleted 鈴木 一郎.')).toBeVisible();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(contactRows(page)).toHaveText([/^佐藤 花子/]);
  await page.reload();
  await expect(contactRows(page)).toHaveText([/^佐藤 花子/]);
  await page.goto('/contacts/ichiro');
  await expect(page.getByRole('heading', { level: 1, name: 'Contact not found' })).toBeVisible();
  expect((await storedContactRecords(page)).map((c) => c.id)).toEqual(['hanako']);
});

test('the message about a deleted contact shows the name as written, "$&" and all', async ({ page }) => {
  // Names are anyone's text: "$&", "$'" and "$$" mean something to String.replace.
  const odd = makeContact('odd', { name: "Tom $& Co $'s $$5", email: 'tom@example.com' }, { meetings: [{ at: NOW, eventId: 'mixer', source: 'meishi' }] });
  await start(page);
  await seed(page, { contacts: [odd] });
  await page.goto('/contacts/odd');
  await page.getByRole('button', { name: 'Delete contact' }).click();
  await expect(toasts(page)).toContainText("Deleted Tom $& Co $'s $$5.");
});

test('a deleted event comes back with Undo, with its details, judgement and people, and still current', async ({ page }) => {
  await start(page);
  await page.goto('/events');
  await expect(page.getByRole('link', { name: /Shibuya Tech Mixer.*Current/ })).toBeVisible();
  await page.getByRole('link', { name: /Shibuya Tech Mixer/ }).click();
  await expect(page.getByRole('heading', { name: 'People met (2)' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete event' }).click();

  await expect(page).toHaveURL(/\/events$/);
  await expect(toasts(page).getByText('Deleted “Shibuya Tech Mixer”. Its people stay in Contacts.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Shibuya Tech Mixer/ })).toHaveCount(0);
  expect(await storedEvents(page)).toEqual([]);
  // Its people stay, under "No event" for now.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByRole('list', { name: 'Contacts' }).getByRole('heading')).toHaveText([/^No event/]);
  await expect(contactRows(page)).toHaveCount(2);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();

  await toasts(page).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: /Shibuya Tech Mixer.*Current.*2 people · Not again/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('link', { name: /Shibuya Tech Mixer.*Current.*2 people · Not again/ })).toBeVisible();
  const [event] = await storedEvents(page);
  expect(event).toMatchObject({ id: 'mixer', name: 'Shibuya Tech Mixer', place: 'Shibuya', signs: ['network-pitches'], verdict: 'not-again' });
  await page.getByRole('link', { name: /Shibuya Tech Mixer/ }).click();
  await expect(page.getByRole('checkbox', { name: 'Current event: people I scan now are filed here' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Network-marketing pitches' })).toBeChecked();
  await expect(page.getByRole('link', { name: '佐藤 花子' })).toBeVisible();
  await page.goto('/contacts');
  await expect(page.getByRole('list', { name: 'Contacts' }).getByRole('heading')).toHaveText([/^Shibuya Tech Mixer/]);
});
