import { expect, test } from '@playwright/test';
import { encodeSharedCard } from '../../src/domain/share/payload-codec';
import { makeEmptyCard } from '../../src/domain/types';
import { makeContact, seed, storedContactNamed } from './support/meishi-data';

const alice = { name: 'Alice Example', title: 'Designer', email: 'alice@example.com', website: 'https://alice.example.com' };

test('a stranger’s card with a known email changes nothing until the person chooses, and what they choose is kept', async ({ page, baseURL }) => {
  await page.goto('/contacts');
  await seed(page, { contacts: [makeContact('alice', alice, { notes: 'Met at the bar' })] });

  // Someone shows a Meishi card with Alice's email, another title and a payment link.
  const now = await page.evaluate(() => Date.now());
  await page.goto('about:blank');
  await page.goto(encodeSharedCard(baseURL!, { ...makeEmptyCard(), ...alice, title: 'CFO', website: 'https://evil.example/pay' }, now, now + 3_600_000));
  await page.getByRole('button', { name: 'Save in Meishi' }).click();
  await expect(page.getByText(/This card says something different from what you have; nothing was changed\./)).toBeVisible();

  let stored = (await storedContactNamed(page, alice.name))!;
  expect(stored.card).toMatchObject({ title: 'Designer', website: 'https://alice.example.com' });
  expect(stored.meetings).toHaveLength(2);

  // Her page keeps what was known, shows what differs, and lets the person decide per field.
  await page.goto('/contacts/alice');
  const differences = page.getByRole('region', { name: 'This card says something different.' });
  await expect(differences).toContainText('evil.example/pay');
  await expect(page.getByRole('link', { name: 'alice.example.com' })).toBeVisible();
  await differences.getByRole('button', { name: 'Use the new one: Title' }).click();
  await expect(page.getByRole('region', { name: 'Card', exact: true }).getByText('CFO', { exact: true }).first()).toBeVisible();
  await expect(differences.getByRole('button', { name: 'Use the new one: Title' })).toHaveCount(0);
  await expect.poll(async () => (await storedContactNamed(page, alice.name))?.card.title).toBe('CFO');
  // The website is still the known one; keeping it settles the card.
  await differences.getByRole('button', { name: 'Keep what I have' }).click();
  await expect(differences).toHaveCount(0);
  stored = (await storedContactNamed(page, alice.name))!;
  expect(stored.card).toMatchObject({ title: 'CFO', website: 'https://alice.example.com' });
  expect(stored.received).toMatchObject([{ card: { website: 'https://evil.example/pay' }, settled: true }]);
  // The card as received is still there to look at.
  await page.getByText('Cards received').click();
  await expect(page.getByText(/^Received on /)).toBeVisible();
  // Its website as the host its link really opens, as everywhere else (not the text as sent).
  await expect(page.locator('details.original')).toContainText('alice@example.com · evil.example/pay');
  await page.reload();
  await expect(page.getByRole('region', { name: 'This card says something different.' })).toHaveCount(0);
});
