import { createRoot, createSignal } from 'solid-js';
import type { EventTag, ShowAddress } from '../../domain/mail/event-tags';
import type { MyCard } from '../../domain/types';
import { onOtherTabChange } from '../../storage/db';
import { claimShowAddress, listEventTags } from '../../storage/event-tags-repo';

// The tag map (every per-event address handed out), read once and kept in step: Show writes
// through `addressToShow`, other tabs' writes and restores arrive over the change channel.
const state = createRoot(() => {
  const [tags, setTags] = createSignal<EventTag[]>([]);
  const [loaded, setLoaded] = createSignal(false);
  return { tags, setTags, loaded, setLoaded };
});
let loading: Promise<void> | null = null;

/** Every per-event address handed out (reactive). */
export const eventTags = state.tags;

/** Reads the tag map once (later calls share the first read; a failed read can be retried). */
export function loadEventTags(): Promise<void> {
  loading ??= listEventTags()
    .then((tags) => {
      state.setTags(tags);
      state.setLoaded(true);
    })
    .catch((error) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Reads the tag map again (after a restore, or when another tab handed out an address). */
export function reloadEventTags(): Promise<void> {
  loading = null;
  return loadEventTags();
}

onOtherTabChange((change) => {
  if ((change.store === 'eventTags' || change.store === 'all') && state.loaded()) void reloadEventTags().catch(() => undefined);
});

/**
 * The address a card shown now carries: with the per-event option on and an event current, that
 * event's tagged address (made and remembered on first use, kept alive until `expiresAt`);
 * otherwise the card's own address.
 */
export async function addressToShow(card: Pick<MyCard, 'email' | 'perEventAddress'>, eventId: string | null, expiresAt: number, now = Date.now()): Promise<ShowAddress> {
  const shown = await claimShowAddress({
    enabled: card.perEventAddress,
    email: card.email,
    eventId,
    expiresAt,
    now,
    randomBytes: (count) => crypto.getRandomValues(new Uint8Array(count)),
  });
  const entry = shown.tag;
  if (entry && state.loaded()) state.setTags((tags) => [...tags.filter((other) => other.tag !== entry.tag), entry]);
  return shown;
}
