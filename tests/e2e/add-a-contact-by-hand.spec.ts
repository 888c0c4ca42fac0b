import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createEventThroughUi, makeEventRecord, readStore, saveSharedCard, seed, storedContactRecords } from './support/meishi-data';
import { formLabels } from './support/paper-card';

test('a contact added by hand is filed under the current event, checked like a card', async ({ page }) => {
  const eventId = await createEventThroughUi(page, 'Shibuya Mixer');
  await page.goto('/contacts');
  await page.getByRole('link', { name: 'Add contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add contact' })).toBeVisible();
  await expect(page.getByLabel('File new contacts under')).toHaveValue(eventId);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Nothing typed: nothing to save.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Type at least a name, an organization or an email.');
  await expect(page.getByLabel(formLabels.en.name, { exact: true })).toBeFocused();

  const labels = formLabels.en;
  await page.getByLabel(labels.name, { exact: true }).fill('Jane Doe');
  await page.getByLabel(labels.reading, { exact: true }).fill('ジェーン ドウ');
  await page.getByLabel(labels.org, { exact: true }).fill('Doe Studio');
  await page.getByLabel(labels.title, { exact: true }).fill('Photographer');
  await page.getByLabel(labels.email, { exact: true }).fill('jane@');
  await page.getByLabel(labels.website, { exact: true }).fill('https://jane.example.com');
  await page.getByLabel(labels.notes, { exact: true }).fill('Met at the door.\nWants portraits.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
  await expect(page.getByLabel(labels.email, { exact: true })).toBeFocused();
  expect(await storedContactRecords(page)).toEqual([]);

  await page.getByLabel(labels.email, { exact: true }).fill('Jane@Example.com');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jane Doe' })).toBeVisible();
  await expect(page.getByText('Saved to Contacts.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Met at the door.\nWants portraits.');
  const meetings = page.getByRole('region', { name: 'Meetings' });
  await expect(meetings.getByRole('listitem')).toHaveCount(1);
  await expect(meetings.getByRole('listitem')).toContainText('Shibuya Mixer');
  await expect(meetings.getByRole('listitem')).toContainText('Added by hand');

  const [stored] = await storedContactRecords(page);
  expect(stored).toMatchObject({
    card: { name: 'Jane Doe', reading: 'ジェーン ドウ', org: 'Doe Studio', title: 'Photographer', email: 'Jane@example.com', website: 'https://jane.example.com', tagline: '' },
    meetings: [{ eventId, source: 'manual' }],
    photoIds: [],
    paperText: '',
  });
  // Back on Contacts, the person is there once, under the event.
  await page.goto('/contacts');
  await expect(page.getByRole('link', { name: /Jane Doe/ })).toHaveCount(1);
});

test('the same email added by hand is a meeting on the person I have, not a second contact', async ({ page, baseURL }) => {
  await saveSharedCard(page, baseURL!, { name: 'Jane Doe', org: 'Doe Studio', email: 'jane@example.com' });
  await page.goto('/contacts/new');
  const labels = formLabels.en;
  await page.getByLabel(labels.name, { exact: true }).fill('Jane Doe');
  await page.getByLabel(labels.org, { exact: true }).fill('Doe Photography');
  await page.getByLabel(labels.email, { exact: true }).fill('JANE@example.com');
  await page.getByLabel(labels.notes, { exact: true }).fill('Second time we met.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Already in Contacts: added this meeting.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Jane Doe' })).toBeVisible();
  // What I had stays; the typed card's difference waits for my choice; my notes are kept.
  await expect(page.getByText('This card says something different.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Second time we met.');
  const stored = await storedContactRecords(page);
  expect(stored).toHaveLength(1);
  expect(stored[0]!.card.org).toBe('Doe Studio');
  expect(stored[0]!.meetings.map((m) => m.source)).toEqual(['meishi', 'manual']);
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('手で追加した連絡先は、フォームで選んだイベントに登録される', async ({ page }) => {
    await page.goto('/contacts');
    const [first, second] = ['e1', 'e2'];
    await seed(page, { events: [makeEventRecord(first, '渋谷 交流会', '2026-11-24'), makeEventRecord(second, '京都 ナイト', '2026-11-25')], settings: { currentEventId: second } });
    await page.reload();
    await page.getByRole('link', { name: '連絡先を追加' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '連絡先を追加' })).toBeVisible();
    // The current event is the latest one; the form's picker files this contact elsewhere.
    const picker = page.getByLabel('新しい連絡先の登録先');
    await expect(picker).toHaveValue(second);
    await picker.selectOption(first);
    const labels = formLabels.ja;
    await page.getByLabel(labels.name, { exact: true }).fill('佐藤 花子');
    await page.getByLabel(labels.reading, { exact: true }).fill('さとう はなこ');
    await page.getByLabel(labels.org, { exact: true }).fill('合同会社テスト');
    await page.getByLabel(labels.email, { exact: true }).fill('hanako@example.jp');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: '佐藤 花子' })).toBeVisible();
    await expect(page.getByText('連絡先に保存しました。')).toBeVisible();
    await expect(page.getByRole('region', { name: '出会った記録' }).getByRole('listitem')).toContainText('渋谷 交流会');
    await expect(page.getByRole('region', { name: '出会った記録' }).getByRole('listitem')).toContainText('手入力');
    const [stored] = await storedContactRecords(page);
    expect(stored).toMatchObject({ card: { name: '佐藤 花子', reading: 'さとう はなこ' }, meetings: [{ eventId: first, source: 'manual' }] });
    // …for this contact only: the app's current event is unchanged, stored and on the next form.
    const settings = await readStore<{ key: string; value: unknown }>(page, 'settings');
    expect(settings.find((s) => s.key === 'currentEventId')?.value).toBe(second);
    await page.goto('/contacts/new');
    await expect(page.getByLabel('新しい連絡先の登録先')).toHaveValue(second);
  });
});
