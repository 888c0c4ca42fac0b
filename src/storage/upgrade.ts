import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { MIGRATIONS } from '../domain/backup/backup-format';
import type { Contact, MeishiEvent } from '../domain/types';
import { fromContactRecord, toContactRecord } from './contact-record';
import { STORES, type MeishiSchema } from './schema';

type UpgradeTx = IDBPTransaction<MeishiSchema, StoreNames<MeishiSchema>[], 'versionchange'>;

/**
 * The upgrade ladder: each step takes the database from one version to the next, so a user
 * coming from any old version walks every step in order. Never edit a released step; add one.
 */
export function upgradeDatabase(
  db: IDBPDatabase<MeishiSchema>,
  oldVersion: number,
  _newVersion: number | null,
  tx: UpgradeTx,
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
  if (oldVersion < 2) {
    // Records change the way backups of version 1 do when read today (one rule for both):
    // contacts get an empty history of later cards, and text version 1 let past the caps is
    // brought within them, so everything stored backs up and restores.
    void rewriteRecords(tx).catch(() => tx.abort());
  }
}

// Walks both stores with cursors inside the upgrade transaction, which stays open while the
// requests keep coming.
async function rewriteRecords(tx: UpgradeTx): Promise<void> {
  const step = MIGRATIONS[1]!;
  let contacts = await tx.objectStore(STORES.contacts).openCursor();
  while (contacts) {
    const upgraded = step.contacts!(fromContactRecord(contacts.value)) as Contact;
    await contacts.update(toContactRecord(upgraded));
    contacts = await contacts.continue();
  }
  let events = await tx.objectStore(STORES.events).openCursor();
  while (events) {
    await events.update(step.events!(events.value) as MeishiEvent);
    events = await events.continue();
  }
}
