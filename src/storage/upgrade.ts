import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { DB_VERSION, STORES, type MeishiSchema } from './schema';

/**
 * The upgrade ladder: each step takes the database from one version to the next, so a user
 * coming from any old version walks every step in order. Never edit a released step; add one.
 */
export function upgradeDatabase(
  db: IDBPDatabase<MeishiSchema>,
  oldVersion: number,
  newVersion: number | null,
  tx: IDBPTransaction<MeishiSchema, StoreNames<MeishiSchema>[], 'versionchange'>,
): void {
  // Steps stop at the version asked for, so a test can build a database exactly as an older
  // release left it and then open it with today's code.
  const target = newVersion ?? DB_VERSION;
  if (oldVersion < 1) {
    const cards = db.createObjectStore(STORES.cards, { keyPath: 'id' });
    cards.createIndex('by-created', 'createdAt');

    const contacts = db.createObjectStore(STORES.contacts, { keyPath: 'id' });
    contacts.createIndex('by-email', 'emailKey');
    contacts.createIndex('by-event', 'eventIds', { multiEntry: true });
    contacts.createIndex('by-due', 'dueAt');
    contacts.createIndex('by-expiry', 'pendingExpiryAt');
    contacts.createIndex('by-updated', 'updatedAt');

    const events = db.createObjectStore(STORES.events, { keyPath: 'id' });
    events.createIndex('by-date', 'date');

    db.createObjectStore(STORES.settings, { keyPath: 'key' });
  }
  if (oldVersion < 2 && target >= 2) {
    // Per-event addresses: the tag map, by tag, findable by event.
    const tags = db.createObjectStore(STORES.eventTags, { keyPath: 'tag' });
    tags.createIndex('by-event', 'eventId');
    // The option did not exist, so every card has it off. Part of the version change: if any
    // write fails, the whole upgrade is undone and the database stays at version 1.
    setEveryCardsOption(tx).catch(() => {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request.
      }
    });
  }
  // if (oldVersion < 3 && target >= 3) { … } — the next schema change goes here.
}

async function setEveryCardsOption(tx: IDBPTransaction<MeishiSchema, StoreNames<MeishiSchema>[], 'versionchange'>): Promise<void> {
  let cursor = await tx.objectStore(STORES.cards).openCursor();
  while (cursor) {
    await cursor.update({ ...cursor.value, perEventAddress: cursor.value.perEventAddress ?? false });
    cursor = await cursor.continue();
  }
}
