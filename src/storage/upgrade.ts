import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { DB_VERSION, STORES, type MeishiSchema } from './schema';

/** The upgrade's transaction. */
export type UpgradeTx = IDBPTransaction<MeishiSchema, StoreNames<MeishiSchema>[], 'versionchange'>;
/** Rewrites stored records inside the upgrade, from one version to another (upgrade-records.ts, loaded only when there are any). */
export type RecordRewrite = (tx: UpgradeTx, fromVersion: number, toVersion: number) => Promise<void>;

/**
 * The upgrade ladder: each step takes the database from one version to the next, so a user
 * coming from any old version walks every step in order. Never edit a released step; add one.
 */
export function upgradeDatabase(
  db: IDBPDatabase<MeishiSchema>,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTx,
  rewriteRecords?: RecordRewrite,
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
  }
  if (oldVersion < 3 && target >= 3) {
    // Paper cards: their photos, by id, findable by contact. Contacts gain their name's parts
    // and the paper card they were typed from (records, below).
    const photos = db.createObjectStore(STORES.photos, { keyPath: 'id' });
    photos.createIndex('by-contact', 'contactId');
  }
  // Version 4 changes no store or index, only the records in them (below).
  // if (oldVersion < 5 && target >= 5) { … } — the next schema change goes here.

  // From version 2 on, stored records change the way a backup of the version before changes
  // when read today (one rule for both, backup-format.ts): version 2 gives cards the per-event
  // address option (off), contacts an empty history of later cards, and holds text to the caps;
  // version 3 gives contacts (and each card in their history) no name parts, to be guessed from
  // the name, and no paper card (no photos, no recognised text); version 4 brings the text of
  // every record and setting to today's cleaning and caps, and every time and event date into
  // 1970–2200, where an older release's cleaning or a clock set far off left them elsewhere, so a
  // backup of what is stored restores exactly. Version after version, inside the version change:
  // if a write fails, the whole upgrade is undone. Without the rewrite (there was no older
  // database a moment ago) only a database that is still empty may go on; anything else is
  // undone, and the next open loads it.
  if (target >= 2 && oldVersion < target) {
    (rewriteRecords ?? refuseIfNotEmpty)(tx, Math.max(oldVersion, 1), target).catch(() => {
      // The open fails with the abort; the transaction's own rejection is that failure again.
      tx.done.catch(() => {});
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request.
      }
    });
  }
}

async function refuseIfNotEmpty(tx: UpgradeTx): Promise<void> {
  for (const store of [STORES.cards, STORES.contacts, STORES.events, STORES.eventTags, STORES.settings]) {
    if ((await tx.objectStore(store).count()) > 0) throw new Error('records to rewrite, but no rewrite loaded');
  }
}
