import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { saveSharedCard } from './support/meishi-data';

// Issue 14: a person who imports her phone's contacts and exports them back gets the same
// people, sorted the same way: the name's parts (which phones sort by) and the readings come
// back as the phone wrote them. Real exports from Android's and ez-vcard's test suites.

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/vcards/${name}`, import.meta.url));

type JProp = [string, Record<string, string>, string, unknown];

async function importFile(page: Page, name: string, count: string): Promise<void> {
  await page.goto('/settings');
  await page.getByLabel('Import .vcf file').setInputFiles(fixture(name));
  await page.getByRole('button', { name: `Import ${count}` }).click();
  await expect(page.getByText(/^Imported: /)).toBeVisible();
}

/** Exports every contact in a vCard version and reads the file back with ical.js, card by card, keyed by FN. */
async function exportAll(page: Page, version: '3.0' | '4.0'): Promise<Map<string, JProp[]>> {
  await page.goto('/settings');
  await page.getByLabel('vCard version').selectOption(version);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all contacts' }).click()]);
  const parsed = ICAL.parse(await readFile((await download.path())!, 'utf8')) as unknown[];
  const cards = (typeof parsed[0] === 'string' ? [parsed] : parsed) as [string, JProp[]][];
  return new Map(cards.map(([, props]) => [String(props.find((p) => p[0] === 'fn')?.[3]), props]));
}

const value = (props: JProp[] | undefined, name: string) => props?.find((p) => p[0] === name)?.[3];

test('importing my phone’s export and exporting it back keeps every name as the phone wrote it', async ({ page }) => {
  // iPhone: a prefix, two middle names in one part, a suffix, and an FN in another order.
  await importFile(page, 'ez-vcard/John_Doe_IPHONE.vcf', '1 contact');
  // Android 4.0: a Japanese name with its reading in N;SORT-AS="あんどう;ろいど".
  await importFile(page, 'aosp/v40_sort_as.vcf', '1 contact');
  // Android 2.1: N written family;given, FN the other way round; and a Shift_JIS feature phone.
  await importFile(page, 'aosp/v21_simple_3.vcf', '1 contact');
  await importFile(page, 'aosp/v21_japanese_2.vcf', '1 contact');
  // vCard 4.0: René van der Harten, whom N;SORT-AS="Harten,Rene" sorts under H.
  await importFile(page, 'vcard-4.0.vcf', '2 contacts');

  // The reading shows joined with a space.
  await page.goto('/contacts');
  await expect(page.getByRole('link', { name: /^安藤 ロイド あんどう ろいど/ })).toBeVisible();

  for (const version of ['3.0', '4.0'] as const) {
    const cards = await exportAll(page, version);
    expect(value(cards.get('Mr. John Richter James Doe Sr.'), 'n'), version).toEqual(['Doe', 'John', ['Richter', 'James'], 'Mr.', 'Sr.']);
    expect(value(cards.get('Ando Roid'), 'n'), version).toEqual(['Ando', 'Roid', '', '', '']);
    const ando = cards.get('安藤 ロイド');
    expect(value(ando, 'n'), version).toEqual(['安藤', 'ロイド', '', '', '']);
    expect([value(ando, 'x-phonetic-last-name'), value(ando, 'x-phonetic-first-name')], version).toEqual(['あんどう', 'ろいど']);
    if (version === '3.0') expect(value(ando, 'sort-string')).toBe('あんどう ろいど');
    else expect(ando?.find((p) => p[0] === 'n')?.[1]['sort-as']).toBe('あんどう,ろいど');
    const phone = cards.get('安藤 ロイド 1');
    expect(value(phone, 'n'), version).toEqual(['安藤', 'ロイド1', '', '', '']);
    expect([value(phone, 'x-phonetic-last-name'), value(phone, 'x-phonetic-first-name')], version).toEqual(['アンドウ', 'ロイド1']);
    // A Latin sort key goes back out, so phones still sort him under H.
    const rene = cards.get('René van der Harten');
    expect(value(rene, 'n'), version).toEqual(['van der Harten', 'René', ['J.', 'Stefan'], 'Sir', 'R.D.O.N.']);
    expect(value(rene, 'x-phonetic-last-name'), version).toBe('Harten');
    if (version === '3.0') expect(value(rene, 'sort-string')).toBe('Harten Rene');
    else expect(rene?.find((p) => p[0] === 'n')?.[1]['sort-as']).toBe('Harten,Rene');
  }
});

test('a contact that came without name parts shows the guess in Edit card, and the correction is what is exported', async ({ page, baseURL }) => {
  // A Meishi card carries one name line: family and given are guessed (family name last in Latin script).
  await saveSharedCard(page, baseURL!, { name: 'Ana Maria Santos Silva', email: 'ana@example.com' });
  await page.goto('/contacts');
  await page.getByRole('link', { name: /^Ana Maria Santos Silva/ }).click();
  await page.getByRole('button', { name: 'Edit card' }).click();
  const parts = page.getByRole('group', { name: 'Name parts' });
  await expect(parts.getByText('Guessed from the name.', { exact: false })).toBeVisible();
  await expect(parts.getByLabel('Family name', { exact: true })).toHaveValue('Silva');
  await expect(parts.getByLabel('Given name', { exact: true })).toHaveValue('Ana Maria Santos');
  // The guess follows the name while it is a guess.
  await page.getByLabel('Name', { exact: true }).fill('Ana Maria Santos Silva Jr');
  await expect(parts.getByLabel('Family name', { exact: true })).toHaveValue('Jr');
  await page.getByLabel('Name', { exact: true }).fill('Ana Maria Santos Silva');
  // Her family name is "Santos Silva": corrected here, it is hers from now on.
  await parts.getByLabel('Family name', { exact: true }).fill('Santos Silva');
  await parts.getByLabel('Given name', { exact: true }).fill('Ana Maria');
  await expect(parts.getByText('Exported as they are here.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Edit card' })).toBeVisible();

  const cards = await exportAll(page, '3.0');
  expect(value(cards.get('Ana Maria Santos Silva'), 'n')).toEqual(['Santos Silva', 'Ana Maria', '', '', '']);

  // Opened again, the editor shows her parts, not a guess.
  await page.goto('/contacts');
  await page.getByRole('link', { name: /^Ana Maria Santos Silva/ }).click();
  await page.getByRole('button', { name: 'Edit card' }).click();
  await expect(page.getByRole('group', { name: 'Name parts' }).getByLabel('Family name', { exact: true })).toHaveValue('Santos Silva');
});
