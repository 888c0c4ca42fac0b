import { expect, test, type Page } from '@playwright/test';

// Issue 10, points 5 and 7: a large .vcf is read and imported without freezing the page, with
// progress from the start, and every file-level problem says what happened and what to do.
// Responsiveness is checked by behaviour: a tap on another control is handled while the file
// is read (a frozen page would only show the preview, never the progress, and take the tap after).

// Generating, sending and reading 100,000 cards takes a while on a loaded 2-core machine.
test.setTimeout(180_000);

function cards(count: number, prefix = 'p'): Buffer {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person;${i};;;\r\nFN:${i} Person\r\nORG:Company ${i % 97}\r\nEMAIL:${prefix}${i}@example.com\r\nEND:VCARD\r\n`);
  return Buffer.from(parts.join(''));
}

async function choose(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel(/^(Import \.vcf file|\.vcfファイルを読み込む)$/).setInputFiles({ name, mimeType: 'text/vcard', buffer });
}

test('reading a huge file shows progress at once, the page answers taps meanwhile, and Cancel imports nothing', async ({ page }) => {
  await page.goto('/settings');
  const autoSave = page.getByRole('checkbox', { name: 'Save scanned Meishi cards at once' });
  await expect(autoSave).toBeChecked();
  await choose(page, 'everyone.vcf', cards(100_000));

  const reading = page.getByRole('status').filter({ has: page.getByRole('progressbar', { name: 'Reading progress' }) });
  await expect(reading).toBeVisible();
  // Another control works while the file is being read…
  await autoSave.click();
  await expect(autoSave).not.toBeChecked();
  await expect(reading).toBeVisible();
  // …and the reading counts the cards as it goes.
  await expect(reading).toContainText(/Reading the file: [\d,]+ of 100,000 cards…/);
  await reading.getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByText('Stopped. Nothing was imported; choose the file again to start over.')).toBeVisible();
  await expect(reading).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Import preview' })).toHaveCount(0);
  await page.goto('/contacts');
  await expect(page.locator('.contact-row')).toHaveCount(0);
});

test('importing a large file shows its progress while it writes, the page answers taps meanwhile, and every card arrives', async ({ page }) => {
  await page.goto('/settings');
  const autoSave = page.getByRole('checkbox', { name: 'Save scanned Meishi cards at once' });
  await choose(page, 'large.vcf', cards(30_000, 'large'));
  const run = page.getByRole('button', { name: 'Import 30,000 contacts' });
  await expect(run).toBeVisible({ timeout: 60_000 });
  await run.click();
  const importing = page.getByRole('status').filter({ has: page.getByRole('progressbar', { name: 'Import progress' }) });
  await expect(importing).toBeVisible();
  await autoSave.click();
  await expect(autoSave).not.toBeChecked();
  await expect(importing).toBeVisible();
  await expect(page.getByText('Imported: 30,000 new, 0 merged into existing contacts.')).toBeVisible({ timeout: 90_000 });
  await page.goto('/contacts?q=29999');
  await expect(page.getByRole('link', { name: /^29999 Person/ })).toBeVisible();
});

test('a file too large or not a contacts file says what happened and what to do, in English and Japanese', async ({ page }) => {
  await page.goto('/settings');
  const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  await choose(page, 'photo.vcf', junk);
  await expect(page.getByRole('alert')).toHaveText('This file is not a contacts file: no vCard was found in it. Choose a .vcf file exported from a phone or a contacts app.');

  // Over 20 MB of text (UTF-16 units), under the byte check: refused after decoding, with the same advice.
  const huge = Buffer.concat([Buffer.from('BEGIN:VCARD\r\nNOTE:'), Buffer.alloc(21 * 1024 * 1024, 'x'), Buffer.from('\r\nEND:VCARD\r\n')]);
  await choose(page, 'huge.vcf', huge);
  await expect(page.getByRole('alert')).toHaveText(/^This file is too large to import: it holds more than 20 MB of text\. Export your contacts in smaller parts/, { timeout: 60_000 });

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
  await choose(page, 'photo.vcf', junk);
  await expect(page.getByRole('alert')).toHaveText('このファイルは連絡先のファイルではありません（vCardが見つかりません）。スマートフォンや連絡先アプリから書き出した .vcf ファイルを選んでください。');
  await choose(page, 'huge.vcf', huge);
  await expect(page.getByRole('alert')).toHaveText(/^ファイルが大きすぎて読み込めません（テキストで20MBを超えています）。/, { timeout: 60_000 });
});
