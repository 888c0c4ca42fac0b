import { createStore } from 'solid-js/store';
import type { CardFields, MyCard } from '../../domain/types';
import { deleteCard, listCards, makeMyCard, putCard } from '../../storage/cards-repo';
import { getSetting, setSetting } from '../../storage/settings-repo';

interface MyCardState {
  cards: MyCard[];
  activeId: string | null;
  loaded: boolean;
}

const [state, setState] = createStore<MyCardState>({ cards: [], activeId: null, loaded: false });
let loading: Promise<void> | null = null;

/** The user's cards and which one Show uses. */
export const myCards = state;

/** Loads the cards once (later calls share the first load). */
export function loadMyCards(): Promise<void> {
  loading ??= (async () => {
    const [cards, activeId] = await Promise.all([listCards(), getSetting('activeCardId')]);
    setState({ cards, activeId: cards.some((c) => c.id === activeId) ? activeId : (cards[0]?.id ?? null), loaded: true });
  })().catch((error) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Forgets the loaded cards, so the next load reads the database again (after a restore). */
export function resetMyCards(): void {
  loading = null;
  setState({ cards: [], activeId: null, loaded: false });
}

/** The card Show uses: the chosen one, else the first. */
export function activeCard(): MyCard | undefined {
  return state.cards.find((c) => c.id === state.activeId) ?? state.cards[0];
}

/** Chooses the card Show uses, and remembers it. */
export async function chooseActiveCard(id: string): Promise<void> {
  setState('activeId', id);
  await setSetting('activeCardId', id);
}

/** Saves a new card (from validated fields) and returns it. */
export async function createMyCard(fields: CardFields, label: string): Promise<MyCard> {
  const card = makeMyCard(fields, label, Date.now());
  await putCard(card);
  setState('cards', (cards) => [...cards, card]);
  if (!state.activeId) await chooseActiveCard(card.id);
  return card;
}

/** Saves changes to an existing card. */
export async function updateMyCard(id: string, fields: CardFields, label: string): Promise<void> {
  const existing = state.cards.find((c) => c.id === id);
  if (!existing) return;
  const card: MyCard = { ...existing, ...fields, label, updatedAt: Date.now() };
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
  if (state.activeId === id) setState('activeId', state.cards[0]?.id ?? null);
  return card;
}

/** Puts a deleted card back exactly as it was. */
export async function restoreMyCard(card: MyCard): Promise<void> {
  await putCard(card);
  setState('cards', (cards) => [...cards, card].sort((a, b) => a.createdAt - b.createdAt));
  if (!state.activeId) setState('activeId', card.id);
}
