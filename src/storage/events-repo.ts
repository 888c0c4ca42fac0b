import { clampTime } from '../domain/caps';
import type { MeishiEvent } from '../domain/types';
import { announceChange, withTx } from './db';
import { LISTED_BY, STORES } from './schema';
import { earlyOr } from './early-reads';

/** Every event, newest date first. */
export async function listEvents(): Promise<MeishiEvent[]> {
  return (await earlyOr(STORES.events, () => withTx([STORES.events], 'readonly', (tx) => tx.objectStore(STORES.events).index(LISTED_BY.events).getAll()))).reverse();
}

/** Creates or replaces an event. */
export async function putEvent(event: MeishiEvent): Promise<void> {
  await withTx([STORES.events], 'readwrite', (tx) => tx.objectStore(STORES.events).put(event));
  announceChange({ store: 'events' });
}

/**
 * Applies changes to the event as stored now (another tab may have changed other fields), read
 * and written in one transaction. Returns the stored result, or null if it was deleted.
 */
export async function patchEvent(id: string, changes: Partial<Omit<MeishiEvent, 'id'>>, now: number): Promise<MeishiEvent | null> {
  const updated = await withTx([STORES.events], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.events);
    const stored = await store.get(id);
    if (!stored) return null;
    // The device's clock, held to the range every stored time is in.
    const event = { ...stored, ...changes, id, updatedAt: clampTime(Math.max(now, stored.updatedAt)) };
    await store.put(event);
    return event;
  });
  if (updated) announceChange({ store: 'events' });
  return updated;
}

/** Deletes an event; its contacts stay, their meetings keep the (now unknown) event id. */
export async function deleteEvent(id: string): Promise<void> {
  await withTx([STORES.events], 'readwrite', (tx) => tx.objectStore(STORES.events).delete(id));
  announceChange({ store: 'events' });
}
