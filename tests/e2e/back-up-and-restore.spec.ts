import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { makeFirstCard, taro } from './support/my-card';
import { BACKUP_VERSION } from '../../src/domain/backup/backup-format';
import { dumpDatabase, saveSharedCard } from './support/meishi-data';

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
  const backup = JSON.parse(await readFile(backupPath, 'utf8'));
  expect(backup).toMatchObject({ format: 'meishi-backup', version: BACKUP_VERSION });
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
  const sortById = (rows: unknown[]) => [...(rows as { id?: string; key?: string }[])].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));
  for (const store of Object.keys(before)) expect(sortById(after[store]!), store).toEqual(sortById(before[store]!));

  // And the app shows it.
  await other.goto(`${baseURL}contacts`);
  await other.getByRole('link', { name: /佐藤 花子/ }).click();
  await expect(other.getByRole('textbox', { name: 'Notes' })).toHaveValue('Wants a new site, budget in March.\n二行目');
  await other.goto(baseURL!);
  await expect(other.getByRole('heading', { name: taro.name })).toBeVisible();
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
    [
      'broken.json',
      JSON.stringify({ format: 'meishi-backup', version: 1, exportedAt: new Date().toISOString(), appVersion: 'x', data: { cards: [], events: [], settings: {}, contacts: [{ id: 'x' }] } }),
      /This backup is damaged: data\.contacts\[0\]/,
    ],
  ];
  for (const [name, content, message] of attempts) {
    await page.getByLabel('Restore from backup').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert').filter({ hasText: message })).toContainText('Nothing was changed.');
  }
  expect(await dumpDatabase(page)).toEqual(before);
});
