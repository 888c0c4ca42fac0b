import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { PHOTO_BYTES_CAP } from '../../src/domain/caps';
import { createEventThroughUi, readStore, storedContactRecords } from './support/meishi-data';
import { cardPhoto, cardSide, chooseCardImage, chooseFrontPhoto, downloadReader, formLabels, formValues } from './support/paper-card';

/** A stored photo as the test helpers read it: its bytes in base64. */
interface StoredPhoto {
  id: string;
  contactId: string;
  type: string;
  data: { bytes: string };
}

/** The app's current event as stored (what Show hands out and Scan files under). */
async function storedCurrentEvent(page: Page): Promise<unknown> {
  const settings = await readStore<{ key: string; value: unknown }>(page, 'settings');
  return settings.find((s) => s.key === 'currentEventId')?.value;
}

// OCR is heavy: two cards read, each with a generous budget for a loaded 2-core machine.
test('a paper card photographed is saved with its photo under the event picked on the screen, Next card keeps it, and the current event stays', async ({ page }) => {
  test.setTimeout(300_000);
  const eventId = await createEventThroughUi(page, 'Shibuya Mixer');
  // The event made last is current: tonight's, which Show hands out.
  const tonight = await createEventThroughUi(page, 'Kyoto Night');
  await page.goto('/scan');
  await page.getByRole('link', { name: 'Paper card' }).click();
  const picker = page.getByLabel('File new contacts under');
  await expect(picker).toHaveValue(tonight);
  // These cards are from the Shibuya mixer: filed there, for this screen only.
  await picker.selectOption(eventId);
  await downloadReader(page);

  const front = cardSide(page, 'Front');
  const read = front.getByText('Read. Check each field and correct what is wrong.');
  await chooseCardImage(front, cardPhoto('photos/13-en-left-sans.jpg'));
  await expect(read).toBeVisible({ timeout: 90_000 });
  await page.getByLabel('Notes').fill('Met at the booth');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Saved to Contacts.' });
  await expect(saved).toContainText('Filed under “Shibuya Mixer”.');

  const [emily] = await storedContactRecords(page);
  expect(emily).toMatchObject({
    card: { name: 'Emily Carter', org: 'Blue Harbor Ltd.', email: 'emily.carter@blueharbor.com', website: 'https://www.blueharbor.com', tagline: '' },
    meetings: [{ eventId, source: 'paper' }],
    notes: 'Met at the booth',
  });
  // Every recognised line is kept, the phone number and address too.
  expect(emily!.paperText).toContain('10 Market Street, London EC2A 4NE');
  expect(emily!.paperText).toContain('+44 20 7946 0123');
  const photos = await readStore<StoredPhoto>(page, 'photos');
  expect(photos.map((p) => [p.id, p.contactId])).toEqual([[emily!.photoIds[0], emily!.id]]);
  expect(['image/webp', 'image/jpeg']).toContain(photos[0]!.type);
  const bytes = Buffer.from(photos[0]!.data.bytes, 'base64');
  expect(bytes.length).toBeGreaterThan(5_000);
  expect(bytes.length).toBeLessThanOrEqual(PHOTO_BYTES_CAP);

  // Next card: the phone's camera again (the file input with capture), and a fresh form.
  const [camera] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('Next card', { exact: true }).click()]);
  expect(await camera.element().getAttribute('capture')).toBe('environment');
  await camera.setFiles(cardPhoto('photos/18-en-centred-sans.jpg'));
  await expect(read).toBeVisible({ timeout: 90_000 });
  expect(await formValues(page, formLabels.en)).toMatchObject({ name: 'David Lee', email: 'david@studiolumen.co.uk', notes: '' });
  await expect(picker).toHaveValue(eventId);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saved).toContainText('Filed under “Shibuya Mixer”.');
  const contacts = await storedContactRecords(page);
  expect(contacts.map((c) => c.meetings.map((m) => m.eventId))).toEqual([[eventId], [eventId]]);
  expect(await readStore(page, 'photos')).toHaveLength(2);
  // The app's current event is still tonight's, stored and on Scan.
  expect(await storedCurrentEvent(page)).toBe(tonight);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scan' }).click();
  await expect(page.getByLabel('File new contacts under')).toHaveValue(tonight);

  // Search covers the recognised text: only Emily's card has this address.
  await page.goto('/contacts');
  await page.getByLabel('Search').fill('Market Street');
  await expect(page.getByText('1 person', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: /Emily Carter/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Emily Carter' })).toBeVisible();

  // The photo, tapped: full screen, then closed.
  const enlarge = page.getByRole('button', { name: 'Enlarge the photo of the front' });
  const thumbnail = enlarge.getByRole('img', { name: 'Photo of the front of the card' });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);
  await enlarge.click();
  const dialog = page.getByRole('dialog', { name: 'Photo of the front of the card' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'Photo of the front of the card' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // The recognised text, folded away until asked for.
  const text = page.locator('pre.scanned-text');
  await expect(text).toBeHidden();
  await page.getByText('Recognized text', { exact: true }).click();
  await expect(text).toContainText('+44 20 7946 0123');

  // A vCard carries the card's details and my notes, never the photo or the recognised lines.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export vCard' }).click()]);
  const vcf = await readFile((await download.path())!, 'utf8');
  expect(vcf).toContain('FN:Emily Carter');
  expect(vcf).toContain('Met at the booth');
  expect(vcf).not.toMatch(/^PHOTO/m);
  expect(vcf).not.toContain('Market Street');
});

test('deleting a contact with a card photo deletes the photo; Undo brings both back', async ({ page }) => {
  await page.goto('/scan/paper');
  // The reader is not needed to keep a photo: it waits, and the card is typed in.
  await chooseFrontPhoto(page, 'photos/13-en-left-sans.jpg');
  await page.getByLabel('Name', { exact: true }).fill('Emily Carter');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('link', { name: 'Open contact' }).click();
  await expect(page.getByRole('button', { name: 'Enlarge the photo of the front' })).toBeVisible();
  const photos = await readStore<StoredPhoto>(page, 'photos');
  expect(photos).toHaveLength(1);

  await page.getByRole('button', { name: 'Delete contact' }).click();
  await expect(page.getByText('Deleted Emily Carter.')).toBeVisible();
  expect(await readStore(page, 'photos')).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => readStore<StoredPhoto>(page, 'photos')).toEqual(photos);
  await page.getByRole('link', { name: /Emily Carter/ }).click();
  await expect(page.getByRole('button', { name: 'Enlarge the photo of the front' })).toBeVisible();
});
