import type { CardFields, MyCard } from '../domain/types';
import { getDb } from './db';
import { STORES } from './schema';
import { guarded } from './storage-error';

/** A new card of the user's own, with a fresh id. */
export function makeMyCard(fields: CardFields, label: string, now: number): MyCard {
  return { ...fields, id: crypto.randomUUID(), label, createdAt: now, updatedAt: now };
}

/** All of the user's cards, oldest first. */
export function listCards(): Promise<MyCard[]> {
  return guarded(async () => (await getDb()).getAllFromIndex(STORES.cards, 'by-created'));
}

/** One of the user's cards, if it exists. */
export function getCard(id: string): Promise<MyCard | undefined> {
  return guarded(async () => (await getDb()).get(STORES.cards, id));
}

/** Creates or replaces one of the user's cards. */
export function putCard(card: MyCard): Promise<void> {
  return guarded(async () => {
    await (await getDb()).put(STORES.cards, card);
  });
}

/** Deletes one of the user's cards. */
export function deleteCard(id: string): Promise<void> {
  return guarded(async () => (await getDb()).delete(STORES.cards, id));
}
