import { expect, type Page } from '@playwright/test';
import { encodeSharedCard } from '../../../src/domain/share/payload-codec';
import type { CardFields } from '../../../src/domain/types';
import { makeEmptyCard } from '../../../src/domain/types';

/** A card with defaults for the fields a test does not care about. */
export function card(fields: Partial<CardFields>): CardFields {
  return { ...makeEmptyCard(), ...fields };
}

/** Receives a card the way a person does: opens its link and taps "Save in Meishi". */
export async function receiveCard(page: Page, baseURL: string, fields: CardFields, validForMs = 7 * 24 * 3_600_000): Promise<void> {
  const now = await page.evaluate(() => Date.now()).catch(() => Date.now());
  await page.goto(encodeSharedCard(baseURL, fields, now, now + validForMs));
  await page.getByRole('button', { name: 'Save in Meishi' }).click();
  await expect(page.getByText(/Saved in Meishi|Already in Meishi/)).toBeVisible();
}

/** Every record of every store of the page's Meishi database, for exact comparisons. */
export async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('meishi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
