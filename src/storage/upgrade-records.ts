import { MIGRATIONS } from '../domain/backup/backup-format';
import type { Contact, MeishiEvent, MyCard } from '../domain/types';
import { fromContactRecord, toContactRecord } from './contact-record';
import { STORES } from './schema';
import type { UpgradeTx } from './upgrade';

// Database version 2 changes stored records the way version-1 backups change when read today
// (one rule for both: MIGRATIONS[1] in backup-format.ts). Loaded only when an older database is
// there, so a fresh install's first paint carries none of it.

/** Walks the stores with cursors inside the upgrade transaction, which stays open while the requests keep coming. */
export async function rewriteRecords(tx: UpgradeTx): Promise<void> {
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
