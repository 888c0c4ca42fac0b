import type { MeishiEvent } from '../domain/types';
import { announceChange, withTx } from './db';
import { STORES } from './schema';

/** Every event, newest date first. */
export async function listEvents(): Promise<MeishiEvent[]> {
  return (await withTx([STORES.events], 'readonly', (tx) => tx.objectStore(STORES.events).index('by-date').getAll())).reverse();
}

/** Creates or replaces an event. */
export async function putEvent(event: MeishiEvent): Promise<void> {
  await withTx([STORES.events], 'readwrite', (tx) => tx.objectStore(STORES.events).put(event));
  announceChange({ store: 'events' });
}

/** Deletes an event; its contacts stay, their meetings keep the (now unknown) event id. */
export async function deleteEvent(id: string): Promise<void> {
  await withTx([STORES.events], 'readwrite', (tx) => tx.objectStore(STORES.events).delete(id));
  announceChange({ store: 'events' });
}
