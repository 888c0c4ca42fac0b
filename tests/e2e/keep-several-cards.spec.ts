import { expect, test } from '@playwright/test';
import { readQrFrom } from './support/qr';
import { fillCardForm, makeFirstCard, taro } from './support/my-card';

test('a person keeps a work card and a side-project card, shows either, and can undo a delete', async ({ page }) => {
  await makeFirstCard(page, { ...taro, label: 'Work' });

  await page.getByRole('link', { name: 'Duplicate Work' }).click();
  await expect(page.getByLabel('Card label')).toHaveValue('Work (copy)');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue(taro.email);
  await fillCardForm(page, { label: 'Side project', email: 'taro@side.example', org: '' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('listitem', { name: 'Work' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Side project' })).toBeVisible();

  await page.getByRole('link', { name: 'Edit Side project' }).click();
  await fillCardForm(page, { title: 'Illustrator' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('listitem', { name: 'Side project' }).getByText('Illustrator')).toBeVisible();

  // Show the side-project card; switch to the work card on the Show screen.
  await page.getByRole('listitem', { name: 'Side project' }).getByRole('button', { name: 'Show this card' }).click();
  const qr = page.getByRole('img', { name: 'QR code' });
  expect(await readQrFrom(qr)).toContain('taro@side.example');
  await page.getByLabel('Card', { exact: true }).selectOption({ label: 'Work' });
  await expect.poll(async () => readQrFrom(qr)).toContain(taro.email);

  // Delete, then undo.
  await page.getByRole('link', { name: 'My card' }).click();
  await page.getByRole('button', { name: 'Delete Work' }).click();
  await expect(page.getByRole('listitem', { name: 'Work' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('listitem', { name: 'Work' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('listitem', { name: 'Work' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Side project' })).toBeVisible();
});

test('changing the validity regenerates the QR with the new expiry', async ({ page }) => {
  await makeFirstCard(page);
  await page.getByRole('button', { name: 'Show this card' }).click();
  const qr = page.getByRole('img', { name: 'QR code' });
  const today = await readQrFrom(qr);
  await page.getByRole('radio', { name: '1 hour' }).check({ force: true });
  await expect.poll(async () => readQrFrom(qr)).not.toBe(today);
  await expect(page.getByText(/Valid until .* (59 min \d+ s|1 h 0 min) left/)).toBeVisible();
  // The choice is remembered.
  await page.reload();
  await expect(page.getByRole('radio', { name: '1 hour' })).toBeChecked();
});

test('the QR screen works in airplane mode', async ({ page, context }) => {
  await makeFirstCard(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  await context.setOffline(true);
  await page.goto('/show');
  const link = await readQrFrom(page.getByRole('img', { name: 'QR code' }));
  expect(link).toContain('#m1~');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: taro.name })).toBeVisible();
});
