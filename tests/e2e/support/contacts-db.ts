import type { Page } from '@playwright/test';

/** The contacts stored in the page's Meishi database (for checks the UI does not show yet). */
export async function storedContacts(page: Page): Promise<
  { card: { name: string; reading: string; email: string }; meetings: { eventId: string | null; source: string }[]; expiresAt: number | null }[]
> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('meishi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('contacts').objectStore('contacts').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
