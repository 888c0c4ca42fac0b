import { MIGRATIONS, type RecordMigration } from '../domain/backup/backup-format';
import type { EventTag } from '../domain/mail/event-tags';
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
    if (step.eventTags) {
      let tags = await tx.objectStore(STORES.eventTags).openCursor();
      while (tags) {
        await tags.update(step.eventTags(tags.value) as EventTag);
        tags = await tags.continue();
      }
    }
    if (step.settings) await rewriteSettings(tx, step.settings);
  }
}

// Settings are stored one record per key, but a step reads them as the one object a backup
// holds: gathered, stepped, and each value it changed written back under its key.
async function rewriteSettings(tx: UpgradeTx, step: RecordMigration): Promise<void> {
  const store = tx.objectStore(STORES.settings);
  const before: Record<string, unknown> = {};
  for (const { key, value } of await store.getAll()) before[key] = value;
  const after = step(before);
  if (typeof after !== 'object' || after === null) return;
  for (const [key, value] of Object.entries(after)) if (value !== before[key]) await store.put({ key, value });
}
