import { MIGRATIONS } from '../domain/backup/backup-format';
import type { Contact, MeishiEvent, MyCard } from '../domain/types';
import { fromContactRecord, toContactRecord } from './contact-record';
import { STORES } from './schema';
import type { UpgradeTx } from './upgrade';

// From version 2 on, a new database version changes stored records the way a backup of the
// version before changes when read today (one rule for both: MIGRATIONS in backup-format.ts).
// Loaded only when an older database is there, so a fresh install's first paint carries none of it.

/**
 * Walks the stores with cursors inside the upgrade transaction (which stays open while the
 * requests keep coming), one version after the other: a record is rewritten by one step
 * before any is rewritten by the next, so no walk writes back what another changed.
 */
export async function rewriteRecords(tx: UpgradeTx, fromVersion: number, toVersion: number): Promise<void> {
  for (let version = fromVersion; version < toVersion; version++) {
    const step = MIGRATIONS[version];
    if (!step) continue;
    if (step.cards) {
      let cards = await tx.objectStore(STORES.cards).openCursor();
      while (cards) {
        await cards.update(step.cards(cards.value) as MyCard);
        cards = await cards.continue();
      }
    }
    if (step.contacts) {
      let contacts = await tx.objectStore(STORES.contacts).openCursor();
      while (contacts) {
        await contacts.update(toContactRecord(step.contacts(fromContactRecord(contacts.value)) as Contact));
        contacts = await contacts.continue();
      }
    }
    if (step.events) {
      let events = await tx.objectStore(STORES.events).openCursor();
      while (events) {
        await events.update(step.events(events.value) as MeishiEvent);
        events = await events.continue();
      }
    }
  }
}
