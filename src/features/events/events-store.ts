import { createStore } from 'solid-js/store';
import { eventMetAt, logCurrentEvent } from '../../domain/events/event-met-at';
import { localDate, makeEvent } from '../../domain/events/make-event';
import type { MeishiEvent } from '../../domain/types';
import { onOtherTabChange } from '../../storage/db';
import { deleteEvent, listEvents, patchEvent, putEvent } from '../../storage/events-repo';
import { loadSettings, settings, updateSettings } from '../settings/settings-store';

interface EventsState {
  events: MeishiEvent[];
  loaded: boolean;
}

const [state, setState] = createStore<EventsState>({ events: [], loaded: false });
let loading: Promise<void> | null = null;

/** The user's events (newest first). */
export const eventsState = state;

/** Loads events (and the settings that name the current one) once; later calls share it. */
export function loadEvents(): Promise<void> {
  loading ??= Promise.all([listEvents(), loadSettings()])
    .then(([events]) => setState({ events, loaded: true }))
    .catch((error) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Reads the events again (after a restore, or when another tab changed them). */
export function reloadEvents(): Promise<void> {
  loading = null;
  return loadEvents();
}

onOtherTabChange((change) => {
  if ((change.store === 'events' || change.store === 'all') && state.loaded) void reloadEvents().catch(() => undefined);
});

/** An event by id, if loaded. */
export function eventById(id: string | null | undefined): MeishiEvent | undefined {
  return id ? state.events.find((e) => e.id === id) : undefined;
}

/** The id of the event new contacts are filed under, or null (also when that event is gone). */
export function currentEventId(): string | null {
  return eventById(settings.currentEventId)?.id ?? null;
}

/** The event new contacts are filed under, if any. */
export function currentEvent(): MeishiEvent | undefined {
  return eventById(settings.currentEventId);
}

/** Makes an event current (or none), and remembers it, and since when (see `eventMetAt`). */
export function setCurrentEvent(id: string | null, now = Date.now()): Promise<void> {
  // Plain copies: the store's entries are proxies, which IndexedDB cannot clone.
  const log = settings.currentEventLog.map((change) => ({ eventId: change.eventId, at: change.at }));
  return updateSettings({ currentEventId: id, currentEventLog: logCurrentEvent(log, id, now) });
}

/** The event to file a card issued at `issuedAt` under: the one current then, or dated that day, else the current one. */
export function eventMetAtTime(issuedAt: number): string | null {
  return eventMetAt({ issuedAt, events: state.events, log: settings.currentEventLog, currentEventId: currentEventId(), dayOf: localDate });
}

// Events read from the store are proxies, which IndexedDB cannot clone: write plain copies.
function plain(event: MeishiEvent): MeishiEvent {
  return { ...event, signs: [...event.signs] };
}

function sortEvents(events: MeishiEvent[]): MeishiEvent[] {
  return [...events].sort((a, b) => (a.date === b.date ? b.createdAt - a.createdAt : a.date < b.date ? 1 : -1));
}

/** Creates an event from a name alone (quick add) or with details; returns it. */
export async function createEvent(name: string, details: Partial<MeishiEvent> = {}): Promise<MeishiEvent> {
  const event = { ...makeEvent(name, Date.now(), () => crypto.randomUUID()), ...details };
  await putEvent(event);
  setState('events', (events) => sortEvents([...events, event]));
  return event;
}

/**
 * Changes some fields of an event: in this store at once (so the next step of a flow already
 * sees them), then on top of the stored event in one transaction.
 */
export async function editEvent(id: string, changes: Partial<Omit<MeishiEvent, 'id'>>): Promise<void> {
  const copy = { ...changes, ...(changes.signs ? { signs: [...changes.signs] } : {}) };
  setState('events', (events) => sortEvents(events.map((e) => (e.id === id ? { ...plain(e), ...copy } : e))));
  try {
    const stored = await patchEvent(id, copy, Date.now());
    setState('events', (events) => sortEvents(stored ? events.map((e) => (e.id === id ? stored : e)) : events.filter((e) => e.id !== id)));
  } catch (error) {
    // Not written: show what the database holds, not the change that failed.
    await reloadEvents().catch(() => undefined);
    throw error;
  }
}

/** Deletes an event and returns it for Undo. */
export async function removeEvent(id: string): Promise<MeishiEvent | undefined> {
  const event = eventById(id);
  if (!event) return undefined;
  const copy = plain(event);
  await deleteEvent(id);
  setState('events', (events) => events.filter((e) => e.id !== id));
  if (settings.currentEventId === id) await setCurrentEvent(null);
  return copy;
}

/** Puts a deleted event back. */
export async function restoreEvent(event: MeishiEvent): Promise<void> {
  const copy = plain(event);
  await putEvent(copy);
  setState('events', (events) => sortEvents([...events.filter((e) => e.id !== copy.id), copy]));
}
