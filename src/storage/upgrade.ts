import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { STORES, type MeishiSchema } from './schema';

/**
 * The upgrade ladder: each step takes the database from one version to the next, so a user
 * coming from any old version walks every step in order. Never edit a released step; add one.
 */
export function upgradeDatabase(
  db: IDBPDatabase<MeishiSchema>,
  oldVersion: number,
  _newVersion: number | null,
  _tx: IDBPTransaction<MeishiSchema, StoreNames<MeishiSchema>[], 'versionchange'>,
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
  // if (oldVersion < 2) { … } — the next schema change goes here.
}
