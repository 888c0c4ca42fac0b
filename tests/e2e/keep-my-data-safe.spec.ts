import { expect, test } from '@playwright/test';
import { encodeSharedCard } from '../../src/domain/share/payload-codec';
import { dumpDatabase, saveSharedCard } from './support/meishi-data';
import { chooseFrontPhoto } from './support/paper-card';
import { makeEmptyCard } from '../../src/domain/types';

test('persistent storage is asked for after the first contact is saved, and Settings shows the status', async ({ page, baseURL }) => {
  // The browser's answer is kept across page loads, as a real browser keeps it.
  await page.addInitScript(() => {
    const calls = (): string[] => JSON.parse(sessionStorage.getItem('persistCalls') ?? '[]');
    Object.defineProperty(window, '__persistCalls', { get: calls });
    navigator.storage.persist = async () => {
      sessionStorage.setItem('persistCalls', JSON.stringify([...calls(), 'persist']));
      return true;
    };
    navigator.storage.persisted = async () => calls().length > 0;
  });
  await page.goto('/settings');
  expect(await page.evaluate(() => (window as unknown as { __persistCalls: string[] }).__persistCalls)).toEqual([]);
  await saveSharedCard(page, baseURL!, { name: 'First Person', email: 'first@example.com' });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __persistCalls: string[] }).__persistCalls)).toEqual(['persist']);
  // Only once: the second contact does not ask again.
  await saveSharedCard(page, baseURL!, { name: 'Second Person', email: 'second@example.com' });
  await page.goto('/settings');
  await expect(page.getByText('The browser will keep Meishi’s data even when space runs low.')).toBeVisible();
  await expect(page.getByText(/Using [\d.,]+ MB of/)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __persistCalls: string[] }).__persistCalls)).toEqual(['persist']);
});

test('a full disk is reported and nothing half-written remains', async ({ page, baseURL }) => {
  await page.goto('/');
  const before = await dumpDatabase(page);
  // From now on the device is full: every write to contacts fails with a quota error.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'contacts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const now = Date.now();
  await page.evaluate((url) => (window.location.hash = new URL(url).hash), encodeSharedCard(baseURL!, { ...makeEmptyCard(), name: 'Full Disk', email: 'full@example.com' }, now, now + 3_600_000));
  await page.getByRole('button', { name: 'Save in Meishi' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  await expect(page.getByText('Saved in Meishi.')).toHaveCount(0);
  expect((await dumpDatabase(page)).contacts).toEqual(before.contacts ?? []);
});

test('a full disk while a paper card is saved: a clear message, nothing half-written, and the form keeps the card', async ({ page }) => {
  await page.goto('/scan/paper');
  await chooseFrontPhoto(page, 'photos/13-en-left-sans.jpg');
  await page.getByLabel('Name', { exact: true }).fill('Emily Carter');
  await page.getByLabel('Email', { exact: true }).fill('emily@blueharbor.com');
  const before = await dumpDatabase(page);
  // The contact fits; its photo does not: the disk fills up half-way through the save.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    (window as unknown as { restorePut: () => void }).restorePut = () => (IDBObjectStore.prototype.put = put);
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'photos') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  expect(await dumpDatabase(page)).toEqual(before);
  // Nothing typed is lost: with space again, the same Save works.
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Emily Carter');
  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to Contacts.' })).toBeVisible();
  const after = await dumpDatabase(page);
  expect(after.contacts).toHaveLength(1);
  expect(after.photos).toHaveLength(1);
});

test('opened after the browser cleared its database but not its other storage, the app starts afresh and works', async ({ page, baseURL }) => {
  await saveSharedCard(page, baseURL!, { name: 'Kept Person', email: 'kept@example.com' });
  const version = await page.evaluate(() => Number(localStorage.getItem('meishi.db-version.meishi')));
  expect(version).toBeGreaterThan(0);
  // The database goes (as "clear site data" for one kind of storage does); what the page
  // remembered about its version stays.
  await page.goto('/tests-nowhere');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('meishi');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('blocked'));
      }),
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Make your card' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Fresh Start');
  await page.getByLabel('Email', { exact: true }).fill('fresh@example.com');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My card' })).toBeVisible();
  const stores = await dumpDatabase(page);
  expect(Object.keys(stores).sort()).toEqual(['cards', 'contacts', 'eventTags', 'events', 'photos', 'settings']);
  expect(stores.cards).toHaveLength(1);
  expect(stores.contacts).toEqual([]);
});
