import { expect, test, type Page } from '@playwright/test';
import { makeContact, seed } from './support/meishi-data';
import { formLabels } from './support/paper-card';

// Counts the reads of the whole contacts table (a getAll or a cursor over every contact) in the
// page, from its start: the store reads it once, and every later write is merged into the store.
async function countFullContactReads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __fullContactReads: number };
    w.__fullContactReads = 0;
    for (const method of ['getAll', 'openCursor', 'getAllKeys'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (this.name === 'contacts' && (args[0] === undefined || args[0] === null)) w.__fullContactReads++;
        return original.apply(this, args);
      } as never;
    }
  });
}

const fullReads = (page: Page) => page.evaluate(() => (window as unknown as { __fullContactReads: number }).__fullContactReads);

test('Contacts, Due and Events show what is known without reading every contact again, a person added meanwhile too', async ({ page }) => {
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { name: 'No contacts yet' })).toBeVisible();
  await seed(page, {
    contacts: [
      makeContact('a', { name: 'Aoki Ren', email: 'ren@example.com' }, { followUpAt: Date.now() - 3_600_000 }),
      makeContact('b', { name: 'Baba Mio', email: 'mio@example.com' }),
    ],
  });
  await countFullContactReads(page);
  await page.goto('/contacts');
  const list = page.getByRole('list', { name: 'Contacts' });
  await expect(list.getByRole('link')).toHaveCount(2);
  const nav = page.getByRole('navigation', { name: 'Main' });

  await page.getByRole('link', { name: /^Due/ }).click();
  await expect(page.getByRole('link', { name: 'Aoki Ren' })).toBeVisible();
  await nav.getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await nav.getByRole('link', { name: 'Contacts' }).click();
  await expect(list.getByRole('link')).toHaveCount(2);

  // A person added by hand is in the list on the way back, from the store.
  await page.getByRole('link', { name: 'Add contact' }).click();
  await page.getByLabel(formLabels.en.name, { exact: true }).fill('Chiba Sora');
  await page.getByLabel(formLabels.en.email, { exact: true }).fill('sora@example.com');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chiba Sora' })).toBeVisible();
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await nav.getByRole('link', { name: 'Contacts' }).click();
  await expect(list.getByRole('link')).toHaveCount(3);
  await expect(list.getByRole('link', { name: /Chiba Sora/ })).toBeVisible();

  expect(await fullReads(page)).toBe(1);
});
