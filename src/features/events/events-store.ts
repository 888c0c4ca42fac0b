import { createStore } from 'solid-js/store';
import { makeEvent } from '../../domain/events/make-event';
import type { MeishiEvent } from '../../domain/types';
import { deleteEvent, listEvents, putEvent } from '../../storage/events-repo';
import { getSetting, setSetting } from '../../storage/settings-repo';

interface EventsState {
  events: MeishiEvent[];
  currentId: string | null;
  loaded: boolean;
}

const [state, setState] = createStore<EventsState>({ events: [], currentId: null, loaded: false });
let loading: Promise<void> | null = null;

/** The user's events (newest first) and the current one. */
export const eventsState = state;

/** Loads events once (later calls share the first load). */
export function loadEvents(): Promise<void> {
  loading ??= (async () => {
    const [events, currentId] = await Promise.all([listEvents(), getSetting('currentEventId')]);
    setState({ events, currentId: events.some((e) => e.id === currentId) ? currentId : null, loaded: true });
  })().catch((error) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Forgets the loaded list, so the next load reads the database again (after a restore). */
export function resetEvents(): void {
  loading = null;
  setState({ events: [], currentId: null, loaded: false });
}

/** An event by id, if loaded. */
export function eventById(id: string | null | undefined): MeishiEvent | undefined {
  return id ? state.events.find((e) => e.id === id) : undefined;
}

/** The event new contacts are filed under, if any. */
export function currentEvent(): MeishiEvent | undefined {
  return eventById(state.currentId);
}

/** Makes an event current (or none), and remembers it. */
export async function setCurrentEvent(id: string | null): Promise<void> {
  await setSetting('currentEventId', id);
  setState('currentId', id);
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

/** Saves changes to an event. */
export async function updateEvent(event: MeishiEvent): Promise<void> {
  const updated = { ...plain(event), updatedAt: Date.now() };
  await putEvent(updated);
  setState('events', (events) => sortEvents(events.map((e) => (e.id === event.id ? updated : e))));
}

/** Deletes an event and returns it for Undo. */
export async function removeEvent(id: string): Promise<MeishiEvent | undefined> {
  const event = eventById(id);
  if (!event) return undefined;
  await deleteEvent(id);
  setState('events', (events) => events.filter((e) => e.id !== id));
  if (state.currentId === id) await setCurrentEvent(null);
  return event;
}

/** Puts a deleted event back. */
export async function restoreEvent(event: MeishiEvent): Promise<void> {
  const copy = plain(event);
  await putEvent(copy);
  setState('events', (events) => sortEvents([...events.filter((e) => e.id !== copy.id), copy]));
}
