import type { MeishiEvent } from '../types';

/** The local calendar date of a moment, as YYYY-MM-DD. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A new event with only a name; the date defaults to today. */
export function makeEvent(name: string, now: number, newId: () => string, date = localDate(now)): MeishiEvent {
  return {
    id: newId(),
    name,
    date,
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
