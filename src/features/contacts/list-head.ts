import type { Contact, MeishiEvent } from '../../domain/types';
import type { ContactRow } from './contact-rows';

// The first screenful of the Contacts list, remembered so that opening the app straight at
// Contacts shows it before every contact has been read (10,000 people take longer to read than
// the whole app takes to start). Only ids and counts are kept, in this device's localStorage:
// the people themselves are read afresh from the database by id. The head is used only when the
// database still holds exactly what it was made from (the same number of contacts, the same
// latest change, the same events), so it can be early but never wrong; any change since, in
// this tab or another, makes the app wait for the full read instead.

const KEY = 'meishi.contacts-head.v1';
/** Rows remembered: more than a tall phone screen shows. */
export const HEAD_ROWS = 40;

/** What the head was made from, to check it against the database before use. */
export interface HeadStamp {
  /** How many contacts there were. */
  count: number;
  /** The latest `updatedAt` among them. */
  lastUpdated: number;
}

/** A remembered first screenful: the view it belongs to, its stamp, and its rows. */
export interface ListHead extends HeadStamp {
  view: string;
  /** The events' ids and dates (which decide the grouping). */
  events: string;
  /** How many people the whole view lists. */
  total: number;
  /** Contact ids, and group headers as [event id or '', people in the group]. */
  rows: (string | [string, number])[];
}

/** The view a head belongs to: the list's order and filter (a search is never remembered). */
export function listView(sort: string, filter: string): string {
  return `${sort}|${filter}`;
}

/** The ids and dates of the events, which decide how the list is grouped and ordered. */
export function eventsStamp(events: readonly MeishiEvent[]): string {
  return events
    .map((e) => `${e.id}@${e.date}`)
    .sort()
    .join(',');
}

/** The stamp of a list of contacts: how many, and the latest change among them. */
export function stampOf(contacts: readonly Contact[]): HeadStamp {
  let lastUpdated = 0;
  for (const c of contacts) if (c.updatedAt > lastUpdated) lastUpdated = c.updatedAt;
  return { count: contacts.length, lastUpdated };
}

/** Remembers the first rows of a view (best effort: private mode may have no storage). */
export function rememberHead(view: string, events: string, stamp: HeadStamp, rows: readonly ContactRow[], total: number): void {
  const head: ListHead = {
    view,
    events,
    ...stamp,
    total,
    rows: rows.slice(0, HEAD_ROWS).map((row) => (row.kind === 'contact' ? row.contact.id : [row.key.slice(2), row.count])),
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(head));
  } catch {
    // No storage, or full: the list is simply read in full next time.
  }
}

/** The remembered head, if there is one of this shape (it is this device's own, but checked all the same). */
export function recalledHead(): ListHead | null {
  try {
    const head = JSON.parse(localStorage.getItem(KEY) ?? 'null') as ListHead | null;
    const valid =
      head !== null &&
      typeof head.view === 'string' &&
      typeof head.events === 'string' &&
      Number.isSafeInteger(head.count) &&
      Number.isFinite(head.lastUpdated) &&
      Number.isSafeInteger(head.total) &&
      Array.isArray(head.rows) &&
      head.rows.length <= HEAD_ROWS &&
      head.rows.every((r) => typeof r === 'string' || (Array.isArray(r) && typeof r[0] === 'string' && Number.isSafeInteger(r[1])));
    return valid ? head : null;
  } catch {
    return null;
  }
}

/** Forgets the head: after a restore, which may change people without a newer time of change. */
export function forgetHead(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

/**
 * The head's rows with the people read afresh, or null if one of them is gone (then the head
 * is not what the list would show). Header titles come from the events as they are now.
 */
export function headRows(head: ListHead, people: ReadonlyMap<string, Contact>, events: ReadonlyMap<string, MeishiEvent>, noEventTitle: string): ContactRow[] | null {
  const rows: ContactRow[] = [];
  for (const row of head.rows) {
    if (typeof row === 'string') {
      const contact = people.get(row);
      if (!contact) return null;
      rows.push({ kind: 'contact', key: contact.id, contact });
    } else {
      const event = row[0] ? events.get(row[0]) : undefined;
      if (row[0] && !event) return null;
      rows.push({ kind: 'header', key: `h:${row[0]}`, title: event?.name ?? noEventTitle, date: event?.date ?? null, count: row[1] });
    }
  }
  return rows;
}
