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

/** How many of these email keys belong to contacts already stored ("4 already here"). */
export function countKnownEmails(keys: string[]): Promise<number> {
  return withTx([STORES.contacts], 'readonly', async (tx) => {
    const index = tx.objectStore(STORES.contacts).index('by-email');
    const found = await Promise.all([...new Set(keys)].map((key) => index.count(key)));
    return found.filter((n) => n > 0).length;
  });
}

/**
 * Imports many cards in ONE transaction: all of them or, on failure, none. Same email as a
 * stored contact (or an earlier card in the same file) → merged, not duplicated. The stored
 * contacts are read once up front, so 10,000 cards need no per-card lookup round trip.
 */
export async function importCards(cards: ReceivedCard[], now: number, onProgress?: (written: number) => void): Promise<ImportOutcome> {
  const outcome = await withTx([STORES.contacts], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.contacts);
    const byEmail = new Map<string, Contact>();
    for (const record of await store.getAll()) if (record.emailKey) byEmail.set(record.emailKey, fromContactRecord(record));
    const final = new Map<string, Contact>();
    let added = 0;
    let merged = 0;
    for (const received of cards) {
      const key = received.card.email ? emailKey(received.card.email) : null;
      const existing = key ? byEmail.get(key) : undefined;
      const contact = receiveCard(existing, received, now, () => crypto.randomUUID());
      if (existing) merged++;
      else added++;
      if (key) byEmail.set(key, contact);
      final.set(contact.id, contact);
    }
    let written = 0;
    const writes = [...final.values()].map((contact) =>
      store.put(toContactRecord(contact)).then(() => {
        written++;
        onProgress?.(written);
      }),
    );
    await Promise.all(writes);
    return { added, merged, contacts: [...final.values()] };
  });
  announceChange({ store: 'contacts', ids: outcome.contacts.map((c) => c.id) });
  return outcome;
}
