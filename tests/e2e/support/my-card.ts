import { expect, type Page } from '@playwright/test';
import { REFERENCE_CARD } from '../../fixtures/reference-card';

/** The reference card from the issue, as a person types it (with a line about what they do). */
export const taro = { ...REFERENCE_CARD, tagline: 'Websites for small shops' };

/** Fills the card form by its visible labels (English UI). */
export async function fillCardForm(page: Page, card: Partial<typeof taro> & { label?: string }): Promise<void> {
  const labels: [keyof typeof card, string][] = [
    ['label', 'Card label'],
    ['name', 'Name'],
    ['reading', 'Name reading'],
    ['org', 'Organization'],
    ['title', 'Title'],
    ['email', 'Email'],
    ['website', 'Website'],
    ['tagline', 'What I do'],
  ];
  for (const [key, label] of labels) {
    const value = card[key];
    if (value !== undefined) await page.getByLabel(label, { exact: true }).fill(value);
  }
}

/** First run: makes the user's card through the form and waits for it to be listed. */
export async function makeFirstCard(page: Page, card: Partial<typeof taro> & { label?: string } = taro): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Make your card' })).toBeVisible();
  await fillCardForm(page, card);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Show this card' })).toBeVisible();
}
