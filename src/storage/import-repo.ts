import type { Contact } from '../domain/types';
import { emailKey } from '../domain/card/email';
import { receiveCard, type ReceivedCard } from '../domain/contacts/receive-card';
import { announceChange, withTx } from './db';
import { fromContactRecord, toContactRecord } from './contact-record';
import { STORES } from './schema';

/** What an import did. */
export interface ImportOutcome {
  added: number;
  merged: number;
  contacts: Contact[];
}

// Work is done in slices of this many requests (or contacts): between two slices the page
// handles clicks and paints, because each finished request is a task of its own, and the
// transaction stays open because the next slice is issued as a request of an earlier one succeeds.
const SLICE = 500;

/** What an import's caller hears as it goes. */
export interface ImportWatch {
  /** The number of the file's cards done so far, after each slice is written. */
  onProgress?: (done: number) => void;
  /**
   * Each slice's contacts as filed, while their writes are in flight: for work the caller would
   * otherwise do for all of them at once, in one long block, at the end.
   */
  onSlice?: (filed: Contact[]) => void;
}

// Above this many changed contacts, other tabs are told to reload them all (one read) rather
// than to fetch each by id.
const ANNOUNCE_IDS_CAP = 1000;

/** How many of these email keys belong to contacts already stored ("4 already here"). */
export function countKnownEmails(keys: string[]): Promise<number> {
  const wanted = [...new Set(keys)];
  return withTx([STORES.contacts], 'readonly', async (tx) => {
    const store = tx.objectStore(STORES.contacts);
    const index = store.index('by-email');
    // Whichever is smaller: the file's addresses, looked up one by one, or the stored ones,
    // walked once (a 150,000-card file against an empty or small address book).
    if ((await store.count()) < wanted.length) {
      const set = new Set(wanted);
      let found = 0;
      let cursor = await index.openKeyCursor();
      while (cursor) {
        if (set.delete(cursor.key)) found++;
        cursor = await cursor.continue();
      }
      return found;
    }
    let found = 0;
    for (let i = 0; i < wanted.length; i += SLICE) {
      const counts = await Promise.all(wanted.slice(i, i + SLICE).map((key) => index.count(key)));
      found += counts.filter((n) => n > 0).length;
    }
    return found;
  });
}

/**
 * Imports many cards in ONE transaction: all of them or, on failure, none. Same email as a
 * stored contact (or an earlier card in the same file) → filed with that person, not
 * duplicated (what a later card says differently waits in their history, see receiveCard). The
 * stored contacts are read once up front; the cards are filed and written in slices, so the
 * work grows with the file, never faster (a person's history and meetings are capped), and the
 * page stays responsive.
 */
export async function importCards(cards: ReceivedCard[], now: number, watch: ImportWatch = {}): Promise<ImportOutcome> {
  const { onProgress, onSlice } = watch;
  const outcome = await withTx([STORES.contacts], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.contacts);
    const byEmail = new Map<string, Contact>();
    for (const record of await store.getAll()) if (record.emailKey) byEmail.set(record.emailKey, fromContactRecord(record));
    const final = new Map<string, Contact>();
    let added = 0;
    let merged = 0;
    // Two slices in flight: the next is prepared and issued while the database still writes the
    // last one, so neither the page nor the database waits for the other.
    let inFlight: Promise<unknown> | null = null;
    for (let i = 0; i < cards.length; i += SLICE) {
      const changed = new Map<string, Contact>();
      for (const received of cards.slice(i, i + SLICE)) {
        const key = received.card.email ? emailKey(received.card.email) : null;
        const existing = key ? byEmail.get(key) : undefined;
        const contact = receiveCard(existing, received, now, () => crypto.randomUUID());
        if (existing) merged++;
        else added++;
        if (key) byEmail.set(key, contact);
        changed.set(contact.id, contact);
        final.set(contact.id, contact);
      }
      const writes = [...changed.values()].map((contact) => {
        const write = store.put(toContactRecord(contact));
        // Observed at once: if a later put in this slice throws, the abort rejects this one too.
        write.catch(() => undefined);
        return write;
      });
      const written = Promise.all(writes);
      onSlice?.([...changed.values()]);
      if (inFlight) await inFlight;
      inFlight = written.then(() => onProgress?.(Math.min(i + SLICE, cards.length)));
      // Observed now; awaited on the next turn (a failed write aborts the whole transaction).
      inFlight.catch(() => undefined);
    }
    await inFlight;
    return { added, merged, contacts: [...final.values()] };
  });
  announceChange(outcome.contacts.length > ANNOUNCE_IDS_CAP ? { store: 'all' } : { store: 'contacts', ids: outcome.contacts.map((c) => c.id) });
  return outcome;
}
