import type { Contact } from '../../domain/types';
import { dueStatus } from '../../domain/reminders/due';
import { expiryStatus } from '../../domain/contacts/expiry';
import { matchesQuery } from '../../domain/search/normalize-search';
import type { ContactRow } from './contact-rows';

/** The list filters: everything, follow-up due, flagged, expired cards, or one event. */
export type ContactFilter = 'all' | 'due' | 'flagged' | 'expired' | `event:${string}`;

/** Applies a filter to the contacts (the same list back when everyone passes). */
export function filterContacts(list: Contact[], filter: ContactFilter, now: number): Contact[] {
  if (filter === 'all') return list;
  const found = list.filter((c) => {
    if (filter === 'due') {
      const due = dueStatus(c, now);
      return due === 'overdue' || due === 'today';
    }
    if (filter === 'flagged') return c.flags.length > 0;
    if (filter === 'expired') return expiryStatus(c, now)?.kind === 'expired';
    const id = filter.slice(6);
    return c.meetings.some((m) => m.eventId === id);
  });
  // Everyone passed: the same list, so whatever was laid out for it serves again.
  return found.length === list.length ? list : found;
}

/** A list as shown: the people in it, and their rows (under event headings, or one list). */
export interface Listing {
  /** Exactly the people the rows show, each once. */
  found: Contact[];
  rows: ContactRow[];
}

/**
 * The people of a listing whose search text holds every term, with their rows: the rows are
 * the listing's own, so a search keeps the order and grouping of the list it searches (groups
 * do not move while typing), and laying out is one pass with the search rather than a second
 * one. A heading stays only over people found, counting them. When everyone is found, the
 * same listing comes back, so nothing on screen is laid out again.
 */
export function searchListing(listing: Listing, terms: readonly string[], searchText: (c: Contact) => string): Listing {
  const rows: ContactRow[] = [];
  const found: Contact[] = [];
  let heading: Extract<ContactRow, { kind: 'header' }> | undefined;
  let headingAt = 0;
  const closeGroup = () => {
    if (!heading) return;
    const count = rows.length - headingAt - 1;
    if (count === 0) rows.length = headingAt;
    else if (count !== heading.count) rows[headingAt] = { ...heading, count };
  };
  for (const row of listing.rows) {
    if (row.kind === 'header') {
      closeGroup();
      heading = row;
      headingAt = rows.length;
      rows.push(row);
    } else if (matchesQuery(searchText(row.contact), terms)) {
      rows.push(row);
      found.push(row.contact);
    }
  }
  closeGroup();
  return found.length === listing.found.length ? listing : { found, rows };
}

/**
 * Whether a search for `next` can only find people a search for `previous` found: each earlier
 * term is inside one of the new terms (typing on extends a term or adds one). Then the new
 * search need only look through the earlier results, not through everyone again.
 */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((term) => next.some((longer) => longer.includes(term)));
}
