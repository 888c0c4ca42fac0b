// Which follow-ups need attention. Date-only follow-ups are about a local calendar day, timed
// ones about a moment: "today" means the same local date as now in both cases.

import { compareByName } from '../contacts/sort-contacts';
import type { Contact } from '../types';

/** Where an open follow-up stands relative to now. */
export type DueStatus = 'overdue' | 'today' | 'upcoming';

/** Open follow-ups, each group in follow-up order. */
export interface DueGroups {
  overdue: Contact[];
  today: Contact[];
  upcoming: Contact[];
}

/**
 * The state of a contact's follow-up at `now`, or null if it has none or it is done.
 * Date-only: 'today' on its local date, 'overdue' from the next local day, 'upcoming' before.
 * Timed: 'overdue' from its moment on, 'today' earlier that local day, 'upcoming' before that.
 */
export function dueStatus(contact: Contact, now: number): DueStatus | null {
  const at = contact.followUpAt;
  if (at === null || !Number.isFinite(at) || contact.followUpDone) return null;
  if (contact.followUpHasTime && now >= at) return 'overdue';
  // Compare local dates, not 24-hour spans, so days with a DST shift still count as one day.
  const day = startOfLocalDay(at);
  const today = startOfLocalDay(now);
  if (day === today) return 'today';
  return day < today ? 'overdue' : 'upcoming';
}

/** Open follow-ups grouped by status, each group sorted by follow-up moment (then name). */
export function groupDue(contacts: readonly Contact[], now: number): DueGroups {
  const groups: DueGroups = { overdue: [], today: [], upcoming: [] };
  for (const contact of contacts) {
    const status = dueStatus(contact, now);
    if (status) groups[status].push(contact);
  }
  for (const list of Object.values(groups)) list.sort(byFollowUp);
  return groups;
}

/** How many follow-ups are overdue or due today: the number the app badge shows. */
export function dueCount(contacts: readonly Contact[], now: number): number {
  let count = 0;
  for (const contact of contacts) {
    const status = dueStatus(contact, now);
    if (status === 'overdue' || status === 'today') count++;
  }
  return count;
}

// Local midnight of the day `ms` falls on.
function startOfLocalDay(ms: number): number {
  return new Date(ms).setHours(0, 0, 0, 0);
}

function byFollowUp(a: Contact, b: Contact): number {
  return (a.followUpAt ?? 0) - (b.followUpAt ?? 0) || compareByName(a, b);
}
