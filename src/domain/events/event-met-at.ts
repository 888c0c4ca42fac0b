import { clampTime, CURRENT_EVENT_LOG_CAP } from '../caps';
import type { MeishiEvent } from '../types';

// Which event a card that arrives later belongs to. A stranger who opened my card sends theirs
// back by email, with their own Meishi link issued when they wrote; opening that link should
// file them under the event where we met, not under whatever event is current by then. The app
// keeps a short log of when each event was made current, so "the event current at that time"
// is a fact, not a guess; the event's date is the fallback for times the log does not cover.

/** One change of the current event: from `at` on, `eventId` was current (null: none was). */
export interface CurrentEventChange {
  eventId: string | null;
  at: number;
}

/** The log with one more change at its end (the oldest dropped past the cap). */
export function logCurrentEvent(log: readonly CurrentEventChange[], eventId: string | null, at: number): CurrentEventChange[] {
  const last = log[log.length - 1];
  if (last && last.eventId === eventId) return [...log];
  // `at` is the device's clock: held to the app's range like every time it stamps.
  return [...log, { eventId, at: clampTime(at) }].slice(-CURRENT_EVENT_LOG_CAP);
}

/** The event the log says was current at `at`: an id, null for none, undefined when it does not reach back that far. */
export function currentEventAt(log: readonly CurrentEventChange[], at: number): string | null | undefined {
  let found: string | null | undefined;
  let foundAt = -Infinity;
  // Not assumed sorted: two tabs (or a merged backup) may have appended out of order.
  for (const change of log) {
    if (change.at <= at && change.at >= foundAt) {
      found = change.eventId;
      foundAt = change.at;
    }
  }
  return found;
}

/** What `eventMetAt` decides from. */
export interface EventMetAtInput {
  /** When the card arriving now was issued (the link's issue time). */
  issuedAt: number;
  events: readonly Pick<MeishiEvent, 'id' | 'date' | 'createdAt'>[];
  log: readonly CurrentEventChange[];
  /** The event current now. */
  currentEventId: string | null;
  /** The local calendar date (YYYY-MM-DD) of a moment, as event dates are written. */
  dayOf: (ms: number) => string;
}

/**
 * The event to file a card issued at `issuedAt` under: the event current at that time, unless
 * another event is dated that day and it is not (a current event left on from an earlier day);
 * else the event dated that day (the current one if several are, else the one made last); else
 * the event current now. Null when there is none; only ids of existing events come back.
 */
export function eventMetAt(input: EventMetAtInput): string | null {
  const byId = new Map(input.events.map((event) => [event.id, event]));
  const day = input.dayOf(input.issuedAt);
  const sameDay = input.events.filter((event) => event.date === day);
  const atTheTime = byId.get(currentEventAt(input.log, input.issuedAt) ?? '');
  if (atTheTime && (atTheTime.date === day || sameDay.length === 0)) return atTheTime.id;
  if (sameDay.length > 0) {
    const current = sameDay.find((event) => event.id === input.currentEventId);
    return (current ?? sameDay.reduce((a, b) => (b.createdAt > a.createdAt ? b : a))).id;
  }
  return byId.has(input.currentEventId ?? '') ? input.currentEventId : null;
}
