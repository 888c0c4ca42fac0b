import { clampDate, clampTime } from '../caps';
import type { MeishiEvent } from '../types';

/** The local calendar date of a moment, as YYYY-MM-DD. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A new event with only a name; the date defaults to today (as far as the app's range of dates goes). */
export function makeEvent(name: string, clock: number, newId: () => string, date = localDate(clampTime(clock))): MeishiEvent {
  // The device's clock, held to the app's range; the day of its first or last moment may fall
  // outside the range of dates in some time zones, so the date is held to that range too.
  const now = clampTime(clock);
  return {
    id: newId(),
    name,
    date: clampDate(date),
    place: '',
    organizer: '',
    organizerUrl: '',
    notes: '',
    signs: [],
    verdict: null,
    reviewIndex: 0,
    reviewDone: false,
    createdAt: now,
    updatedAt: now,
  };
}
