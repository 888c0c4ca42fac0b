import { expect, test, type Page } from '@playwright/test';
import { makeContact, makeEventRecord, seed } from './support/meishi-data';

// Opening the app straight at Contacts (a bookmark, a notification) with many people: the first
// screenful shows before everyone has been read, from what was shown last time, and only while
// the database still holds exactly that.

const mixer = makeEventRecord('mixer', 'Shibuya Mixer', '2026-03-03');
const people = Array.from({ length: 60 }, (_, i) => {
  const n = String(i).padStart(2, '0');
  return makeContact(`p${n}`, { name: `Person ${n}`, email: `p${n}@example.com` }, { meetings: [{ at: Date.now() - i * 1000, eventId: i < 30 ? 'mixer' : null, source: 'meishi' }] });
});

// From here on, reading every contact never finishes: what shows is only what the app could
// show before that read (the people are still read one by one, by id).
async function neverFinishReadingEveryone(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'contacts' && args[0] === undefined) return new EventTarget() as IDBRequest;
      return original.apply(this, args as Parameters<typeof original>);
    } as typeof original;
    // Counting the contacts is how the app checks a remembered screenful: note when it answered.
    const count = IDBObjectStore.prototype.count;
    IDBObjectStore.prototype.count = function (this: IDBObjectStore, ...args: unknown[]) {
      const request = count.apply(this, args as Parameters<typeof count>);
      if (this.name === 'contacts') request.addEventListener('success', () => ((window as unknown as { __counted: boolean }).__counted = true));
      return request;
    } as typeof count;
  });
}

const list = (page: Page) => page.getByRole('list', { name: 'Contacts' });

test('opened at Contacts, the first people show before everyone is read, and only while nothing changed since', async ({ page }) => {
  await page.goto('/contacts');
  await seed(page, { contacts: people, events: [mixer] });
  await page.goto('/contacts');
  await expect(page.getByText('60 people', { exact: true })).toBeVisible();
  await expect(list(page).getByRole('heading', { name: /Shibuya Mixer/ })).toBeVisible();
  const shown = (await list(page).getByRole('link').allTextContents()).slice(0, 8);
  expect(shown).toHaveLength(8);

  await neverFinishReadingEveryone(page);
  await page.goto('/contacts');
  // The same first screenful, with the group's heading and the whole list's count.
  await expect(page.getByText('60 people', { exact: true })).toBeVisible();
  await expect(list(page).getByRole('heading', { name: /Shibuya Mixer/ })).toBeVisible();
  expect((await list(page).getByRole('link').allTextContents()).slice(0, 8)).toEqual(shown);
  // A search needs everyone: it waits for them rather than answering from the first screenful.
  await page.getByRole('searchbox', { name: 'Search' }).fill('Person 59');
  await expect(list(page)).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Person 59');

  // Someone is added behind the app's back: the remembered screenful no longer holds, so the
  // app shows nothing early rather than something wrong.
  await seed(page, { contacts: [makeContact('new', { name: 'Aaron Newcomer', email: 'new@example.com' }, { meetings: [{ at: Date.now(), eventId: 'mixer', source: 'meishi' }] })] });
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  await page.waitForFunction(() => (window as unknown as { __counted?: boolean }).__counted === true);
  // Whatever the app does with that answer happens before the next task.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
  await expect(list(page)).toHaveCount(0);
  await expect(page.getByText('60 people', { exact: true })).toHaveCount(0);
});
