import { expect, test } from '@playwright/test';
import { saveSharedCard, storedContactNamed } from './support/meishi-data';

const hanako = { name: '佐藤 花子', reading: 'さとう はなこ', org: '合同会社テスト', title: 'イラストレーター', email: 'hanako@example.jp' };

test('a contact’s card can be corrected while the card as received is kept', async ({ page, baseURL }) => {
  await saveSharedCard(page, baseURL!, hanako);
  await page.goto('/contacts');
  await page.getByRole('link', { name: /^佐藤 花子/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '佐藤 花子' })).toBeVisible();
  await expect(page.getByText('Card as received')).toHaveCount(0);

  await page.getByRole('button', { name: 'Edit card' }).click();
  await expect(page.getByLabel('Card label')).toHaveCount(0);
  await page.getByLabel('Organization', { exact: true }).fill('Studio Hanako');
  await page.getByLabel('Title', { exact: true }).fill('Illustrator');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(page.getByText('Illustrator · Studio Hanako', { exact: true })).toBeVisible();
  await page.getByText('Card as received').click();
  await expect(page.getByText('イラストレーター · 合同会社テスト', { exact: true })).toBeVisible();

  const stored = (await storedContactNamed(page, '佐藤 花子'))!;
  expect(stored.card).toMatchObject({ org: 'Studio Hanako', title: 'Illustrator', email: hanako.email });
  expect(stored.original).toMatchObject({ org: hanako.org, title: hanako.title, email: hanako.email });

  await page.reload();
  await expect(page.getByText('Illustrator · Studio Hanako', { exact: true })).toBeVisible();
});

test('an invalid email is refused with a message, and Cancel leaves the card as it was', async ({ page, baseURL }) => {
  await saveSharedCard(page, baseURL!, hanako);
  await page.goto('/contacts');
  await page.getByRole('link', { name: /^佐藤 花子/ }).click();
  await page.getByRole('button', { name: 'Edit card' }).click();
  await page.getByLabel('Email', { exact: true }).fill('not an email');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('link', { name: hanako.email })).toBeVisible();
  expect((await storedContactNamed(page, '佐藤 花子'))!.card.email).toBe(hanako.email);
});
