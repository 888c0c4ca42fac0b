import { expect, test } from '@playwright/test';
import { fillCardForm } from './support/my-card';

test('the card form explains each mistake and saves once they are fixed', async ({ page }) => {
  await page.goto('/');
  const save = page.getByRole('button', { name: 'Save', exact: true });

  await save.click();
  await expect(page.getByText('Please fix the fields marked below.')).toBeVisible();
  await expect(page.getByText('Required.', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Email', { exact: true })).toBeFocused();

  await fillCardForm(page, { name: 'N'.repeat(101), email: 'taro@', website: 'example.co.jp' });
  await save.click();
  await expect(page.getByText('Too long: at most 100 characters.')).toBeVisible();
  await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
  await expect(page.getByText('Enter a web address starting with https:// or http://.')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await fillCardForm(page, { name: '  Taro   Yamada ', email: ' Taro@Example.CO.JP ', website: 'javascript:alert(1)' });
  await save.click();
  await expect(page.getByText('Enter a web address starting with https:// or http://.')).toBeVisible();

  await fillCardForm(page, { website: 'https://example.co.jp' });
  await save.click();
  await expect(page.getByText('Card saved.')).toBeVisible();
  // Cleaned: trimmed, whitespace collapsed, domain lower-cased.
  await expect(page.getByRole('heading', { name: 'Taro Yamada', exact: true })).toBeVisible();
  await expect(page.getByText('Taro@example.co.jp')).toBeVisible();
  // And kept: a reload shows the same card.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Taro Yamada', exact: true })).toBeVisible();
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the messages are in Japanese', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('メールアドレス').fill('taro');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByText('name@example.com のような形式で入力してください。')).toBeVisible();
  });
});
