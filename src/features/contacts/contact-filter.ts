import type { Contact } from '../../domain/types';
import { dueStatus } from '../../domain/reminders/due';
import { expiryStatus } from '../../domain/contacts/expiry';
import { matchesQuery } from '../../domain/search/normalize-search';

/** The list filters: everything, follow-up due, flagged, expired cards, or one event. */
export type ContactFilter = 'all' | 'due' | 'flagged' | 'expired' | `event:${string}`;

/** Applies a filter and search terms to the contacts (the same list back when everyone passes). */
export function filterContacts(list: Contact[], filter: ContactFilter, terms: string[], searchText: (c: Contact) => string, now: number): Contact[] {
  const found = list.filter((c) => {
    if (filter === 'due') {
      const due = dueStatus(c, now);
      if (due !== 'overdue' && due !== 'today') return false;
    } else if (filter === 'flagged') {
      if (c.flags.length === 0) return false;
    } else if (filter === 'expired') {
      if (expiryStatus(c, now)?.kind !== 'expired') return false;
    } else if (filter.startsWith('event:')) {
      const id = filter.slice(6);
      if (!c.meetings.some((m) => m.eventId === id)) return false;
    }
    return terms.length === 0 || matchesQuery(searchText(c), terms);
  });
  // Everyone passed: the same list, so whatever was laid out for it serves again.
  return found.length === list.length ? list : found;
}

/**
 * Whether a search for `next` can only find people a search for `previous` found: each earlier
 * term is inside one of the new terms (typing on extends a term or adds one). Then the new
 * search need only look through the earlier results, not through everyone again.
 */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((term) => next.some((longer) => longer.includes(term)));
}
