import { clampTime } from '../domain/caps';
import type { CardFields, MyCard } from '../domain/types';
import { announceChange, withTx } from './db';
import { LISTED_BY, STORES } from './schema';
import { earlyOr } from './early-reads';

/** A new card of the user's own, with a fresh id. */
export function makeMyCard(fields: CardFields, label: string, clock: number, perEventAddress = false): MyCard {
  // The device's clock, held to the range every stored time is in.
  const now = clampTime(clock);
  return { ...fields, id: crypto.randomUUID(), label, perEventAddress, createdAt: now, updatedAt: now };
}

/** All of the user's cards, oldest first. */
export function listCards(): Promise<MyCard[]> {
  return earlyOr(STORES.cards, () => withTx([STORES.cards], 'readonly', (tx) => tx.objectStore(STORES.cards).index(LISTED_BY.cards).getAll()));
}

/** Creates or replaces one of the user's cards. */
export async function putCard(card: MyCard): Promise<void> {
  await withTx([STORES.cards], 'readwrite', (tx) => tx.objectStore(STORES.cards).put(card));
  announceChange({ store: 'cards' });
}

/** Deletes one of the user's cards. */
export async function deleteCard(id: string): Promise<void> {
  await withTx([STORES.cards], 'readwrite', (tx) => tx.objectStore(STORES.cards).delete(id));
  announceChange({ store: 'cards' });
}
