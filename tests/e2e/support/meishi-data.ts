import { expect, type Page } from '@playwright/test';
import type { CardFields, Contact, MeishiEvent, MyCard } from '../../../src/domain/types';
import { makeEmptyCard } from '../../../src/domain/types';
import { encodeSharedCard } from '../../../src/domain/share/payload-codec';
import { toContactRecord } from '../../../src/storage/contact-record';
import { DB_VERSION, type ContactRecord } from '../../../src/storage/schema';
import type { EventTag } from '../../../src/domain/mail/event-tags';
import { makeContact as makeTestContact } from '../../fixtures/make-contact';

/** A contact in the app's own format, met now (unless told otherwise), with defaults for everything else. */
export function makeContact(id: string, card: Partial<CardFields>, rest: Partial<Omit<Contact, 'id' | 'card'>> = {}): Contact {
  const now = rest.createdAt ?? Date.now();
  return makeTestContact(card, { id, meetings: [{ at: now, eventId: null, source: 'meishi' }], createdAt: now, updatedAt: now, ...rest });
}

/** An event in the app's own format. */
export function makeEventRecord(id: string, name: string, date: string, rest: Partial<MeishiEvent> = {}): MeishiEvent {
  const now = Date.now();
  return { id, name, date, place: '', organizer: '', organizerUrl: '', notes: '', signs: [], verdict: null, reviewIndex: 0, reviewDone: false, createdAt: now, updatedAt: now, ...rest };
}

/**
 * Waits until the app has created its database (open any screen first), so that writing to it
 * here never creates an empty database the app's upgrade would then skip.
 */
export async function waitForDatabase(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async (version) => {
        const dbs = await indexedDB.databases();
        return dbs.some((d) => d.name === 'meishi' && (d.version ?? 0) >= version);
      }, DB_VERSION),
    )
    .toBe(true);
}

/** Writes contacts (with their index keys, as the app stores them) and events straight into the page's database. */
export async function seed(page: Page, data: { contacts?: Contact[]; events?: MeishiEvent[]; cards?: MyCard[]; eventTags?: EventTag[]; settings?: Record<string, unknown> }): Promise<void> {
  await waitForDatabase(page);
  const records: ContactRecord[] = (data.contacts ?? []).map(toContactRecord);
  await page.evaluate(
    ({ contacts, events, cards, eventTags, settings }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('meishi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['contacts', 'events', 'cards', 'eventTags', 'settings'], 'readwrite');
          for (const c of contacts) tx.objectStore('contacts').put(c);
          for (const t of eventTags) tx.objectStore('eventTags').put(t);
          for (const c of cards) tx.objectStore('cards').put(c);
          for (const e of events) tx.objectStore('events').put(e);
          for (const [key, value] of Object.entries(settings)) tx.objectStore('settings').put({ key, value });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { contacts: records, events: data.events ?? [], cards: data.cards ?? [], eventTags: data.eventTags ?? [], settings: data.settings ?? {} },
  );
}

/** Reads a whole object store of the page's database. */
export async function readStore<T>(page: Page, store: 'cards' | 'contacts' | 'events' | 'eventTags' | 'settings'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('meishi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Every record of every store of the page's database, for exact before/after comparisons. */
export async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  await waitForDatabase(page);
  const stores = ['cards', 'contacts', 'events', 'eventTags', 'settings'] as const;
  const all = await Promise.all(stores.map((store) => readStore<unknown>(page, store)));
  return Object.fromEntries(stores.map((store, i) => [store, all[i]!]));
}

/** Every stored contact, with its index keys. */
export function storedContactRecords(page: Page): Promise<ContactRecord[]> {
  return readStore<ContactRecord>(page, 'contacts');
}

/** The stored contact with this name, if any. */
export async function storedContactNamed(page: Page, name: string): Promise<ContactRecord | undefined> {
  return (await storedContactRecords(page)).find((c) => c.card.name === name);
}

/** Every stored event. */
export function storedEvents(page: Page): Promise<MeishiEvent[]> {
  return readStore<MeishiEvent>(page, 'events');
}

/** Adds an event through Events → New event (it becomes the current one) and returns its id. */
export async function createEventThroughUi(page: Page, name: string, date?: string): Promise<string> {
  await page.goto('/events/new');
  await page.getByLabel('Event name').fill(name);
  if (date) await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').pop();
  if (!id) throw new Error('No event id in the URL');
  return id;
}

/**
 * Opens another person's Meishi link (as their phone's QR would) and presses "Save in Meishi":
 * the card is filed under the current event. `validForMs` is the card's time limit.
 */
export async function saveSharedCard(page: Page, baseURL: string, card: Partial<CardFields>, validForMs = 24 * 3_600_000, now?: number): Promise<void> {
  const issued = now ?? (await page.evaluate(() => Date.now()));
  // A fresh load, as when the phone's camera app opens the link.
  await page.goto('about:blank');
  await page.goto(encodeSharedCard(baseURL, { ...makeEmptyCard(), ...card }, issued, issued + validForMs));
  await page.getByRole('button', { name: 'Save in Meishi' }).click();
  await expect(page.getByText(/^(Saved in Meishi\.|Already in Meishi: added this meeting\.)/)).toBeVisible();
}

/** Records the page's app-badge and notification calls (install before the first load). */
export async function recordBadgeAndNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log = { badge: [] as (number | null)[], notifications: [] as { title: string; body: string; tag: string }[] };
    (window as unknown as { __meishi: typeof log }).__meishi = log;
    Object.defineProperty(Navigator.prototype, 'setAppBadge', {
      configurable: true,
      value: (n?: number) => {
        log.badge.push(n ?? null);
        return Promise.resolve();
      },
    });
    Object.defineProperty(Navigator.prototype, 'clearAppBadge', {
      configurable: true,
      value: () => {
        log.badge.push(0);
        return Promise.resolve();
      },
    });
    if (typeof ServiceWorkerRegistration !== 'undefined') {
      ServiceWorkerRegistration.prototype.showNotification = function (title: string, options?: NotificationOptions) {
        log.notifications.push({ title, body: options?.body ?? '', tag: options?.tag ?? '' });
        return Promise.resolve();
      };
    }
    if (typeof Notification !== 'undefined') {
      window.Notification = new Proxy(Notification, {
        construct(target, args: [string, NotificationOptions?]) {
          log.notifications.push({ title: args[0], body: args[1]?.body ?? '', tag: args[1]?.tag ?? '' });
          return Object.create(target.prototype) as Notification;
        },
      });
    }
  });
}

/** What the page has put on the app badge and in notifications since it loaded. */
export function badgeAndNotifications(page: Page): Promise<{ badge: (number | null)[]; notifications: { title: string; body: string; tag: string }[] }> {
  return page.evaluate(() => (window as unknown as { __meishi: { badge: (number | null)[]; notifications: { title: string; body: string; tag: string }[] } }).__meishi);
}

/** Makes the page hidden and then visible again, as when the person switches apps and comes back. */
export async function leaveAndComeBack(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const state of ['hidden', 'visible'] as const) {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    }
  });
}
