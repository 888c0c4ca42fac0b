import { expect, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/** A test photo of a paper card (tests/fixtures/paper-cards). */
export const cardPhoto = (name: string) => fileURLToPath(new URL(`../../fixtures/paper-cards/${name}`, import.meta.url));

/** The form's labels in each language, by field. */
export const formLabels = {
  en: { name: 'Name', reading: 'Name reading', org: 'Organization', title: 'Title', email: 'Email', website: 'Website', notes: 'Notes' },
  ja: { name: '氏名', reading: 'ふりがな', org: '会社・団体', title: '肩書き', email: 'メールアドレス', website: 'ウェブサイト', notes: 'メモ' },
} as const;

/** The front (or back) of the card on the paper-card screen. */
export function cardSide(page: Page, side: 'Front' | 'Back (optional)' | '表面' | '裏面（任意）'): Locator {
  return page.getByRole('region', { name: side });
}

/** Downloads the card reader from the paper-card screen's offer and waits until it is kept (the offer goes). */
export async function downloadReader(page: Page, button = 'Download the card reader'): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await expect(page.locator('.reader-panel')).toHaveCount(0, { timeout: 60_000 });
}

/** A progress bar as it was seen at one moment: its accessible name, value and maximum, and the status beside it. */
export interface SeenProgress {
  label: string | null;
  value: number;
  max: number;
  status: string;
}

/**
 * Starts recording every progress bar (role progressbar) the page shows, at each change of the
 * page, and returns what was seen so far when called. A download from localhost can be over
 * between two polls of an assertion; a MutationObserver in the page misses no moment of it.
 */
export async function recordProgressBars(page: Page): Promise<() => Promise<SeenProgress[]>> {
  await page.evaluate(() => {
    const seen: SeenProgress[] = [];
    (window as unknown as { seenProgress: SeenProgress[] }).seenProgress = seen;
    const look = () => {
      for (const bar of document.querySelectorAll<HTMLProgressElement>('progress, [role="progressbar"]')) {
        const status = bar.parentElement?.querySelector('[role="status"]')?.textContent ?? '';
        seen.push({ label: bar.getAttribute('aria-label'), value: Number(bar.value ?? bar.getAttribute('aria-valuenow')), max: Number(bar.max ?? bar.getAttribute('aria-valuemax')), status });
      }
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { seenProgress: SeenProgress[] }).seenProgress);
}

/** Chooses an image file for a side of the card (as "Choose an image" does). */
export async function chooseCardImage(side: Locator, file: string | { name: string; mimeType: string; buffer: Buffer }, label = 'Choose an image'): Promise<void> {
  await side.getByLabel(label).setInputFiles(file);
}

/** The values of the paper-card form, by field. */
export async function formValues(page: Page, labels: (typeof formLabels)['en' | 'ja']): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const [key, label] of Object.entries(labels)) values[key] = await page.getByLabel(label, { exact: true }).inputValue();
  return values;
}

/**
 * Chooses a photo of the front with the card reader not downloaded: it is prepared and kept
 * while the reader waits, and the card is typed in beside it (no reading: quick).
 */
export async function chooseFrontPhoto(page: Page, name: string): Promise<void> {
  const front = cardSide(page, 'Front');
  await chooseCardImage(front, cardPhoto(name));
  await expect(front.getByRole('img', { name: 'Photo of the front of the card' })).toBeVisible({ timeout: 30_000 });
}
