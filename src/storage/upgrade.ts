import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { STORES, type ContactRecord, type MeishiSchema } from './schema';

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
  // A step runs only up to the version asked for: migration tests open old versions on purpose.
  const target = newVersion ?? oldVersion;
  if (oldVersion < 2 && target >= 2) {
    // Contacts keep their name's parts. Version 1 kept none: null, guessed from the name.
    if (db.objectStoreNames.contains(STORES.contacts)) {
      // A failed walk must not leave a half-upgraded database: the upgrade fails as a whole.
      fillMissing(tx, 'nameParts', null).catch(() => abort(tx));
    }
  }
}

/**
 * Gives every contact that lacks `key` the value `fallback`, in the upgrade's own transaction
 * (each step chained on the last request, so the transaction stays open until the walk ends).
 */
async function fillMissing(tx: IDBPTransaction<MeishiSchema, StoreNames<MeishiSchema>[], 'versionchange'>, key: keyof ContactRecord, fallback: unknown): Promise<void> {
  let cursor = await tx.objectStore(STORES.contacts).openCursor();
  while (cursor) {
    if (!Object.hasOwn(cursor.value, key)) await cursor.update({ ...cursor.value, [key]: fallback });
    cursor = await cursor.continue();
  }
}

function abort(tx: IDBPTransaction<MeishiSchema, StoreNames<MeishiSchema>[], 'versionchange'>): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failed request.
  }
}
