import { addressForShow, wantsEventAddress, type EventTag, type ShowAddress, type ShowAddressInput } from '../domain/mail/event-tags';
import { normaliseEmail } from '../domain/card/email';
import { announceChange, withTx } from './db';
import { STORES } from './schema';

/** Every per-event address handed out, by tag. */
export function listEventTags(): Promise<EventTag[]> {
  return withTx([STORES.eventTags], 'readonly', (tx) => tx.objectStore(STORES.eventTags).getAll());
}

/**
 * The address for a card shown now (see `addressForShow`), worked out against the tag map as
 * stored and written in the same transaction: two tabs showing the card at once agree on one
 * tag per event and address, and a new tag never replaces another one.
 */
export async function claimShowAddress(input: Omit<ShowAddressInput, 'tags'>): Promise<ShowAddress> {
  // The plain address needs no transaction.
  if (!wantsEventAddress(input)) return { address: normaliseEmail(input.email), tag: null, tags: [] };
  const { shown, changed } = await withTx([STORES.eventTags], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.eventTags);
    const tags = await store.getAll();
    const result = addressForShow({ ...input, tags });
    const before = result.tag && tags.find((entry) => entry.tag === result.tag?.tag);
    const write = result.tag !== null && (!before || before.expiresAt !== result.tag.expiresAt);
    if (write && result.tag) await store.put(result.tag);
    return { shown: result, changed: write };
  });
  if (changed) announceChange({ store: 'eventTags' });
  return shown;
}
