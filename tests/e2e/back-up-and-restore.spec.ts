import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { makeFirstCard, taro } from './support/my-card';
import { fileURLToPath } from 'node:url';
import { BACKUP_VERSION } from '../../src/domain/backup/backup-format';
import type { EventTag } from '../../src/domain/mail/event-tags';
import type { MyCard } from '../../src/domain/types';
import { DATE_MAX, TIME_MAX, TIME_MIN } from '../../src/domain/caps';
import { dumpDatabase, makeEventRecord, readStore, saveSharedCard, seed, storedContactRecords } from './support/meishi-data';
import { cardPhoto, cardSide, chooseCardImage, chooseFrontPhoto } from './support/paper-card';
import { FROZEN_SCHEMAS, type FrozenStore } from '../fixtures/old-schemas';

test('a backup restored into a fresh browser gives exactly the same data', async ({ page, browser, baseURL }) => {
  await makeFirstCard(page);
  await page.goto('/events/new');
  await page.getByLabel('Event name').fill('Kyoto Founders Night');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kyoto Founders Night' })).toBeVisible();
  await saveSharedCard(page, baseURL!, { name: '佐藤 花子', reading: 'さとう はなこ', email: 'hanako@example.jp' });
  await saveSharedCard(page, baseURL!, { name: 'Jane Doe', email: 'jane@example.com', org: 'Doe & Co; Ltd.' });

  await page.goto('/contacts');
  await expect(page.getByText('2 contacts not backed up')).toBeVisible();
  await page.getByRole('link', { name: /佐藤 花子/ }).click();
  await page.getByRole('textbox', { name: 'Notes' }).fill('Wants a new site, budget in March.\n二行目');
  await page.getByLabel('Pushed for a LINE exchange').check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.goto('/settings');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^meishi-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = (await download.path())!;
  // A header line, then one record per line.
  const lines = (await readFile(backupPath, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line));
  expect(lines[0]).toMatchObject({ format: 'meishi-backup', version: BACKUP_VERSION, counts: { cards: 1, contacts: 2, events: 1, eventTags: 0 } });
  expect(lines).toHaveLength(6);
  await expect(page.getByText(/contacts? not backed up/)).toHaveCount(0);
  const before = await dumpDatabase(page);

  // A new phone: a fresh browser profile.
  const fresh = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  const other = await fresh.newPage();
  await other.goto(`${baseURL}settings`);
  await other.getByLabel('Restore from backup').setInputFiles(backupPath);
  await expect(other.getByText('This backup holds 1 cards, 2 contacts and 1 events.')).toBeVisible();
  other.once('dialog', (dialog) => void dialog.accept());
  await other.getByRole('button', { name: 'Replace everything' }).click();
  await expect(other.getByText(/Restored: 2 contacts and 1 events/)).toBeVisible();
  const after = await dumpDatabase(other);
  for (const store of Object.keys(before)) expect(sorted(after[store]!), store).toEqual(sorted(before[store]!));

  // And the app shows it.
  await other.goto(`${baseURL}contacts`);
  await other.getByRole('link', { name: /佐藤 花子/ }).click();
  await expect(other.getByRole('textbox', { name: 'Notes' })).toHaveValue('Wants a new site, budget in March.\n二行目');
  await other.goto(baseURL!);
  await expect(other.getByRole('heading', { name: taro.name })).toBeVisible();
  await fresh.close();
});

test('a backup with paper-card photos restores into a fresh browser exactly, photo bytes included', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  // Two paper cards typed in beside their photos (the reader is not needed to keep a photo): one with a back.
  await page.goto('/scan/paper');
  await chooseFrontPhoto(page, 'photos/13-en-left-sans.jpg');
  await chooseCardImage(cardSide(page, 'Back (optional)'), cardPhoto('photos/01-ja-left-gothic.jpg'));
  await expect(cardSide(page, 'Back (optional)').getByRole('img')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Name', { exact: true }).fill('Emily Carter');
  await page.getByLabel('Email', { exact: true }).fill('emily@blueharbor.com');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const [camera] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('Next card', { exact: true }).click()]);
  await camera.setFiles(cardPhoto('photos/18-en-centred-sans.jpg'));
  await expect(cardSide(page, 'Front').getByRole('img')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Name', { exact: true }).fill('David Lee');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to Contacts.' })).toBeVisible();
  expect(await readStore(page, 'photos')).toHaveLength(3);

  await page.goto('/settings');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up', exact: true }).click()]);
  const backupPath = (await download.path())!;
  const lines = (await readFile(backupPath, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line));
  expect(lines[0]).toMatchObject({ version: BACKUP_VERSION, counts: { contacts: 2, photos: 3 } });
  expect(lines.filter((line) => line.photo).map((line) => Object.keys(line.photo))).toEqual(Array(3).fill(['id', 'contactId', 'type', 'data']));
  const before = await dumpDatabase(page);

  const { fresh, other } = await replaceInFreshBrowser(browser, baseURL!, backupPath);
  await expect(other.getByText(/Restored: 2 contacts/)).toBeVisible();
  const after = await dumpDatabase(other);
  expect(sorted(after.photos!)).toEqual(sorted(before.photos!));
  for (const store of Object.keys(before)) expect(sorted(after[store]!), store).toEqual(sorted(before[store]!));

  // And the photos show on the restored phone.
  await other.goto(`${baseURL}contacts`);
  await other.getByRole('link', { name: /Emily Carter/ }).click();
  await expect(other.getByRole('button', { name: 'Enlarge the photo of the back' }).getByRole('img')).toBeVisible();
  await fresh.close();
});

test('a bad or foreign file changes nothing and says why', async ({ page, baseURL }) => {
  await saveSharedCard(page, baseURL!, { name: 'Kept Person', email: 'kept@example.com' });
  await page.goto('/settings');
  const before = await dumpDatabase(page);
  const attempts: [string, string, RegExp][] = [
    ['notes.txt', 'hello', /not a Meishi backup \(it is not JSON\)/],
    ['other.json', '{"some":"thing"}', /This file is not a Meishi backup\./],
    ['future.json', JSON.stringify({ format: 'meishi-backup', version: 99, data: {} }), /newer version of Meishi/],
    ['cut-short.json', `{"format":"meishi-backup","version":${BACKUP_VERSION},"counts":{"cards":0,"events":0,"contacts":2,"photos":0,"eventTags":0}}\n`, /backup file is incomplete/],
    [
      'broken.json',
      JSON.stringify({ format: 'meishi-backup', version: 1, exportedAt: new Date().toISOString(), appVersion: 'x', data: { cards: [], events: [], settings: {}, contacts: [{ id: 'x' }] } }),
      /This backup is damaged at data\.contacts\[0\]/,
    ],
  ];
  for (const [name, content, message] of attempts) {
    await page.getByLabel('Restore from backup').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert').filter({ hasText: message })).toContainText('Nothing was changed.');
  }
  expect(await dumpDatabase(page)).toEqual(before);
});

test('a backup restores with its text cleaned like typed text, and an old version-1 file still restores', async ({ page }) => {
  await page.goto('/settings');
  const v1 = JSON.parse(await readFile(new URL('../fixtures/backups/v1.json', import.meta.url), 'utf8'));
  // A name with a right-to-left override, a BEL and a zero-width space, as a hostile file might hold.
  v1.data.contacts[0].card.name = '\u202eadamaY\u202c Ha\u200bna\u0007ko';
  await page.getByLabel('Restore from backup').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v1)) });
  await page.getByRole('button', { name: 'Merge into this device' }).click();
  await expect(page.getByText(/^Restored:/)).toBeVisible();
  const stored = (await storedContactRecords(page)).find((c) => c.id === v1.data.contacts[0].id)!;
  expect(stored.card.name).toBe('adamaY Hana ko');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all contacts' }).click()]);
  const vcf = await readFile((await download.path())!, 'utf8');
  expect(vcf).toContain('FN:adamaY Hana ko');
  expect(vcf).not.toMatch(/[\u202e\u202c\u200b\u0007]/);
});

/** A new phone: a fresh browser profile, where the backup replaces everything. */
async function replaceInFreshBrowser(browser: Browser, baseURL: string, backupPath: string): Promise<{ fresh: BrowserContext; other: Page }> {
  const fresh = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  const other = await fresh.newPage();
  await other.goto(`${baseURL}settings`);
  await other.getByLabel('Restore from backup').setInputFiles(backupPath);
  other.once('dialog', (dialog) => void dialog.accept());
  await other.getByRole('button', { name: 'Replace everything' }).click();
  await expect(other.getByText(/^Restored:/)).toBeVisible();
  return { fresh, other };
}

/** Rows of a store dump in a fixed order, for exact comparisons. */
function sorted(rows: unknown[]): unknown[] {
  return [...(rows as { id?: string; key?: string; tag?: string }[])].sort((a, b) => String(a.id ?? a.key ?? a.tag).localeCompare(String(b.id ?? b.key ?? b.tag)));
}

test('the per-event addresses handed out come back exactly from a backup', async ({ page, browser, baseURL }) => {
  await makeFirstCard(page);
  const [card] = await readStore<MyCard>(page, 'cards');
  const tags: EventTag[] = [
    { tag: 'k7m2qx', eventId: 'e1', baseEmail: taro.email, createdAt: 1_764_000_000_000, expiresAt: 1_764_003_600_000 },
    { tag: '0zz9ab', eventId: 'e2', baseEmail: taro.email, createdAt: 1_764_100_000_000, expiresAt: 1_766_000_000_000 },
  ];
  await seed(page, {
    cards: [{ ...card!, perEventAddress: true }],
    events: [makeEventRecord('e1', 'Shibuya Mixer', '2025-11-24'), makeEventRecord('e2', 'Kyoto Night', '2025-11-25')],
    eventTags: tags,
    settings: { currentEventLog: [{ eventId: 'e1', at: 1_763_999_000_000 }, { eventId: 'e2', at: 1_764_099_000_000 }], lastFilterExportAt: 1_764_050_000_000 },
  });
  await page.goto('/settings');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up', exact: true }).click()]);
  const backupPath = (await download.path())!;
  const records = (await readFile(backupPath, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line));
  expect(sorted(records.flatMap((r) => (r.eventTag ? [r.eventTag] : [])))).toEqual(sorted(tags));
  const before = await dumpDatabase(page);

  const { fresh, other } = await replaceInFreshBrowser(browser, baseURL!, backupPath);
  const after = await dumpDatabase(other);
  for (const store of Object.keys(before)) expect(sorted(after[store]!), store).toEqual(sorted(before[store]!));
  // And the filters see them at once.
  await expect(other.getByText('Addresses handed out: 2, of which 2 expired.')).toBeVisible();
  await fresh.close();
});

test('a backup made by the first version of Meishi still restores', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Restore from backup').setInputFiles(fileURLToPath(new URL('../fixtures/backups/v1.json', import.meta.url)));
  await expect(page.getByText('This backup holds 1 cards, 2 contacts and 1 events.')).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByText(/Restored: 2 contacts and 1 events/)).toBeVisible();
  expect((await readStore<MyCard>(page, 'cards')).map((c) => [c.label, c.perEventAddress])).toEqual([['Work', false]]);
  expect(await readStore(page, 'eventTags')).toEqual([]);
});

test('a database an older Meishi filled is brought to today’s form when it first opens, and its backup restores exactly', async ({ page, browser, baseURL }) => {
  // A page of the app's origin that does not start it: the version-3 database is there first.
  await page.goto('/favicon.svg');
  await page.evaluate(fillVersion3Database, FROZEN_SCHEMAS[3]);
  await page.goto('/contacts');
  await expect(page.getByRole('link', { name: /Hanako Sato/ })).toBeVisible();
  const [contact] = await storedContactRecords(page);
  expect(contact).toMatchObject({ card: { name: 'Hanako Sato', org: '\u00e9cole' }, tags: ['x y', 'ok'], extraEmails: ['h.sato@example.net'], followUpAt: TIME_MAX, dueAt: TIME_MAX, meetings: [{ at: TIME_MIN }] });
  expect(await readStore(page, 'events')).toMatchObject([{ name: 'Night market', date: DATE_MAX, updatedAt: TIME_MAX }]);

  await page.goto('/settings');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up', exact: true }).click()]);
  const backupPath = (await download.path())!;
  // (Its contact was changed "in 2200", after any backup: the time of this one is what to wait for.)
  const lastBackupAt = async () => (await readStore<{ key: string; value: unknown }>(page, 'settings')).find((s) => s.key === 'lastBackupAt')?.value;
  await expect.poll(lastBackupAt).not.toBe(TIME_MIN);
  const before = await dumpDatabase(page);
  const { fresh, other } = await replaceInFreshBrowser(browser, baseURL!, backupPath);
  const after = await dumpDatabase(other);
  for (const store of Object.keys(before)) expect(sorted(after[store]!), store).toEqual(sorted(before[store]!));
  await fresh.close();
});

/**
 * Runs in the page: the database as a version-3 release left it (its frozen `stores`), holding
 * text under that release's cleaning ("a \u200d b" kept as "a  b", NFC before an invisible
 * character went) and times from a clock set far off.
 */
function fillVersion3Database(stores: FrozenStore[]): Promise<void> {
  const blank = { name: '', reading: '', org: '', title: '', email: '', website: '', tagline: '' };
  const card = { ...blank, name: 'Hanako  Sato', org: 'e\u0301cole', email: 'hanako@example.jp' };
  const contact = {
    id: 'p1', card, original: card, nameParts: null, received: [], extraEmails: ['h.sato@example.net', 'hana\u3164ko@example.jp'],
    meetings: [{ at: -5, eventId: 'e1', source: 'meishi' }], notes: 'Cafe\u0301', flags: [], tags: ['x  y', '\u200d', 'ok'],
    followUpAt: 1e300, followUpHasTime: false, followUpDone: false, expiresAt: null, expiredAt: null, createdAt: -1, updatedAt: 1e20,
    photoIds: [], paperText: '', emailKey: 'hanako@example.jp', eventIds: ['e1'], dueAt: 1e300,
  };
  const event = { id: 'e1', name: 'Night  \u200d market', date: '2300-01-01', place: '', organizer: '', organizerUrl: '', notes: '', signs: [], verdict: null, reviewIndex: 0, reviewDone: false, createdAt: -1, updatedAt: 1e20 };
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('meishi', 3);
    // The body of createFrozenStores (fixtures/old-schemas.ts): a function cannot be passed in.
    open.onupgradeneeded = () => {
      for (const { name, keyPath, indexes } of stores) {
        const store = open.result.createObjectStore(name, { keyPath });
        for (const index of indexes) store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry ?? false });
      }
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['contacts', 'events', 'settings'], 'readwrite');
      tx.objectStore('contacts').put(contact);
      tx.objectStore('events').put(event);
      tx.objectStore('settings').put({ key: 'lastBackupAt', value: -1 });
      tx.objectStore('settings').put({ key: 'currentEventLog', value: [{ eventId: 'e1', at: 1e20 }] });
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
