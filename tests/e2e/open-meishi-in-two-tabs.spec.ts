import { expect, test } from '@playwright/test';
import { waitForDatabase } from './support/meishi-data';

test('when a newer Meishi in another tab upgrades the database, this tab steps aside and says to reload', async ({ page, context }) => {
  await page.goto('/contacts');
  await waitForDatabase(page);
  // Another tab, running a newer release, opens the database at the next version.
  const other = await context.newPage();
  await other.goto('/no-such-page');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('meishi', 2);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await expect(page.getByRole('alert').filter({ hasText: 'A newer Meishi is open in another tab. Reload this one to keep going.' })).toBeVisible();
  await expect(page.getByRole('alert').getByRole('button', { name: 'Reload' })).toBeVisible();
});
