import { createStore } from 'solid-js/store';
import type { CardFields, MyCard } from '../../domain/types';
import { clampTime } from '../../domain/caps';
import { onOtherTabChange } from '../../storage/db';
import { deleteCard, listCards, makeMyCard, putCard } from '../../storage/cards-repo';
import { loadSettings, settings, updateSetting } from '../settings/settings-store';

interface MyCardState {
  cards: MyCard[];
  loaded: boolean;
}

const [state, setState] = createStore<MyCardState>({ cards: [], loaded: false });
let loading: Promise<void> | null = null;

/** The user's cards. */
export const myCards = state;

/** Loads the cards (and the setting naming the active one) once; later calls share the load. */
export function loadMyCards(): Promise<void> {
  loading ??= Promise.all([listCards(), loadSettings()])
    .then(([cards]) => setState({ cards, loaded: true }))
    .catch((error) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Reads the cards again (after a restore, or when another tab changed them). */
export function reloadMyCards(): Promise<void> {
  loading = null;
  return loadMyCards();
}

onOtherTabChange((change) => {
  if ((change.store === 'cards' || change.store === 'all') && state.loaded) void reloadMyCards().catch(() => undefined);
});

/** The id of the card Show uses: the chosen one while it exists, else the first. */
export function activeCardId(): string | null {
  return activeCard()?.id ?? null;
}

/** The card Show uses: the chosen one, else the first. */
export function activeCard(): MyCard | undefined {
  return state.cards.find((c) => c.id === settings.activeCardId) ?? state.cards[0];
}

/** Chooses the card Show uses, and remembers it. */
export function chooseActiveCard(id: string): Promise<void> {
  return updateSetting('activeCardId', id);
}

/** Saves a new card (from validated fields) and returns it. */
export async function createMyCard(fields: CardFields, label: string, perEventAddress = false): Promise<MyCard> {
  const card = makeMyCard(fields, label, Date.now(), perEventAddress);
  await putCard(card);
  setState('cards', (cards) => [...cards, card]);
  if (!state.cards.some((c) => c.id === settings.activeCardId)) await chooseActiveCard(card.id);
  return card;
}

/** Saves changes to an existing card (its per-event option as it was unless given). */
export async function updateMyCard(id: string, fields: CardFields, label: string, perEventAddress?: boolean): Promise<void> {
  const existing = state.cards.find((c) => c.id === id);
  if (!existing) return;
  const card: MyCard = { ...existing, ...fields, label, perEventAddress: perEventAddress ?? existing.perEventAddress, updatedAt: clampTime(Date.now()) };
  await putCard(card);
  setState('cards', (c) => c.id === id, card);
}

/** Deletes a card and returns it, so the caller can offer Undo. */
export async function removeMyCard(id: string): Promise<MyCard | undefined> {
  const found = state.cards.find((c) => c.id === id);
  if (!found) return undefined;
  // A plain copy, not the store's proxy: IndexedDB cannot clone proxies when it is restored.
  const card = { ...found };
  await deleteCard(id);
  setState('cards', (cards) => cards.filter((c) => c.id !== id));
  return card;
}

/** Puts a deleted card back exactly as it was. */
export async function restoreMyCard(card: MyCard): Promise<void> {
  await putCard(card);
  setState('cards', (cards) => [...cards, card].sort((a, b) => a.createdAt - b.createdAt));
}
