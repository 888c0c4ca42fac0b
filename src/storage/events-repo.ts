import type { MeishiEvent } from '../domain/types';
import { getDb } from './db';
import { STORES } from './schema';
import { guarded } from './storage-error';

/** Every event, newest date first. */
export function listEvents(): Promise<MeishiEvent[]> {
  return guarded(async () => (await (await getDb()).getAllFromIndex(STORES.events, 'by-date')).reverse());
}

/** One event, if it exists. */
export function getEvent(id: string): Promise<MeishiEvent | undefined> {
  return guarded(async () => (await getDb()).get(STORES.events, id));
}

/** Creates or replaces an event. */
export function putEvent(event: MeishiEvent): Promise<void> {
  return guarded(async () => {
    await (await getDb()).put(STORES.events, event);
  });
}

/** Deletes an event; its contacts stay, their meetings keep the (now unknown) event id. */
export function deleteEvent(id: string): Promise<void> {
  return guarded(async () => (await getDb()).delete(STORES.events, id));
}
