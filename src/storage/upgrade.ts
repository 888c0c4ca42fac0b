import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { MIGRATIONS } from '../domain/backup/backup-format';
import type { Contact, MeishiEvent, MyCard } from '../domain/types';
import { fromContactRecord, toContactRecord } from './contact-record';
import { DB_VERSION, STORES, type MeishiSchema } from './schema';

type UpgradeTx = IDBPTransaction<MeishiSchema, StoreNames<MeishiSchema>[], 'versionchange'>;

/**
 * The upgrade ladder: each step takes the database from one version to the next, so a user
 * coming from any old version walks every step in order. Never edit a released step; add one.
 */
export function upgradeDatabase(
  db: IDBPDatabase<MeishiSchema>,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTx,
): void {
  // Steps stop at the version asked for, so a test can build a database exactly as an older
  // release left it and then open it with today's code.
  const target = newVersion ?? DB_VERSION;
  // Steps that rewrite records, run one after another: two walks at once would each write back
  // a record as they read it, and the later write would undo the earlier step.
  const rewrites: ((tx: UpgradeTx) => Promise<void>)[] = [];
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
    // Records change the way version-1 backups do when read today (one rule for both): cards
    // get the per-event address option (off), contacts an empty history of later cards, and text
    // version 1 let past the caps is brought within them, so everything stored backs up and
    // restores.
    rewrites.push(rewriteRecords);
  }
  if (oldVersion < 3 && target >= 3) {
    // Contacts keep their name's parts, and so does each later card in their history. Version 2
    // kept none: null (the parts are guessed from the name), as version-2 backups read today.
    rewrites.push(rewriteContacts(MIGRATIONS[2]!.contacts!));
  }
  // if (oldVersion < 4 && target >= 4) { … } — the next schema change goes here.
  // Part of the version change: if a write fails, the whole upgrade is undone.
  rewrites
    .reduce((done, rewrite) => done.then(() => rewrite(tx)), Promise.resolve())
    .catch(() => {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request.
      }
    });
}

/** A rewrite of every contact by one backup migration step (the same rule for stored and backed-up records). */
function rewriteContacts(step: (record: unknown) => unknown): (tx: UpgradeTx) => Promise<void> {
  return async (tx) => {
    let contacts = await tx.objectStore(STORES.contacts).openCursor();
    while (contacts) {
      await contacts.update(toContactRecord(step(fromContactRecord(contacts.value)) as Contact));
      contacts = await contacts.continue();
    }
  };
}

// Walks the stores with cursors inside the upgrade transaction, which stays open while the
// requests keep coming.
async function rewriteRecords(tx: UpgradeTx): Promise<void> {
  const step = MIGRATIONS[1]!;
  let cards = await tx.objectStore(STORES.cards).openCursor();
  while (cards) {
    await cards.update(step.cards!(cards.value) as MyCard);
    cards = await cards.continue();
  }
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
