import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DB_VERSION } from '../../src/storage/schema';
import { makeContact, seed, storedContactNamed, waitForDatabase } from './support/meishi-data';

test('when a newer Meishi in another tab upgrades the database, this tab steps aside and says to reload', async ({ page, context }) => {
  await page.goto('/contacts');
  await waitForDatabase(page);
  // Another tab, running a newer release, opens the database at the next version.
  const other = await context.newPage();
  await other.goto('/no-such-page');
  await other.evaluate(
    (newer) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('meishi', newer);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
    DB_VERSION + 1,
  );
  await expect(page.getByRole('alert').filter({ hasText: 'A newer Meishi is open in another tab. Reload this one to keep going.' })).toBeVisible();
  await expect(page.getByRole('alert').getByRole('button', { name: 'Reload' })).toBeVisible();
});

test.describe('one person open in two tabs', () => {
  const hanako = makeContact('c1', { name: '佐藤 花子', email: 'hanako@example.jp' }, { tags: ['design'] });

  async function openInTwoTabs(page: Page, context: BrowserContext): Promise<[Page, Page]> {
    await page.goto('/contacts');
    await seed(page, { contacts: [hanako] });
    await page.goto('/contacts/c1');
    const other = await context.newPage();
    await other.goto('/contacts/c1');
    for (const tab of [page, other]) await expect(tab.getByRole('heading', { level: 1, name: '佐藤 花子' })).toBeVisible();
    return [page, other];
  }

  test('edits made in both tabs are all kept, and each tab shows the other’s', async ({ page, context }) => {
    const [first, second] = await openInTwoTabs(page, context);
    await first.getByRole('textbox', { name: 'Notes' }).fill('Wants a new logo');
    await first.getByLabel('Tags').fill('design, client');
    await first.getByLabel('Tags').blur();
    await second.getByRole('checkbox', { name: 'Pushed for a LINE exchange' }).check();
    // The second tab adds a tag to what it shows (with or without the first tab's, depending on
    // whether it has heard of it yet): either way both additions must be kept.
    await second.getByLabel('Tags').press('End');
    await second.getByLabel('Tags').pressSequentially(', referral');
    await second.getByLabel('Tags').blur();
    // Every edit reaches the database on top of the others: nothing typed in one tab is lost.
    await expect.poll(async () => (await storedContactNamed(first, '佐藤 花子'))?.tags.sort()).toEqual(['client', 'design', 'referral']);
    const stored = (await storedContactNamed(first, '佐藤 花子'))!;
    expect(stored.notes).toBe('Wants a new logo');
    expect(stored.flags).toEqual(['line']);
    // And each tab shows what the other did, without a reload.
    await expect(second.getByRole('textbox', { name: 'Notes' })).toHaveValue('Wants a new logo');
    await expect(first.getByRole('checkbox', { name: 'Pushed for a LINE exchange' })).toBeChecked();
    await expect(first.getByLabel('Tags')).toHaveValue('design, client, referral');
  });

  test('a contact deleted in one tab stays deleted when the other tab edits it', async ({ page, context }) => {
    const [first, second] = await openInTwoTabs(page, context);
    await first.getByRole('button', { name: 'Delete' }).click();
    await expect(first.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
    // The other tab hears of it and shows it as gone.
    await expect(second.getByRole('heading', { level: 1, name: 'Contact not found' })).toBeVisible();
    await second.reload();
    await expect(second.getByRole('heading', { level: 1, name: 'Contact not found' })).toBeVisible();
    expect(await storedContactNamed(first, '佐藤 花子')).toBeUndefined();
  });
});
