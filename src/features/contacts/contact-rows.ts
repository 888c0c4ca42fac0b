import type { Contact, MeishiEvent } from '../../domain/types';

/** One row of the contacts list: an event heading or a person. */
export type ContactRow = { kind: 'header'; key: string; title: string; date: string | null; count: number } | { kind: 'contact'; key: string; contact: Contact };

/** How the list is ordered. */
export type ContactSort = 'event' | 'name';

// A contact's row and latest meeting, made once per version of the contact: the list is laid
// out again on every keystroke of a search, and the list on screen then sees the same row where
// a keystroke left a person in place (and redraws nothing there).
type LaidOut = { row: ContactRow; latest: Contact['meetings'][number] | undefined };
const laidOutCache = new WeakMap<Contact, LaidOut>();
function laidOut(contact: Contact): LaidOut {
  let entry = laidOutCache.get(contact);
  if (!entry) {
    let latest = contact.meetings[0];
    for (const m of contact.meetings) if (!latest || m.at > latest.at) latest = m;
    laidOutCache.set(contact, (entry = { row: { kind: 'contact', key: contact.id, contact }, latest }));
  }
  return entry;
}

/**
 * Lays contacts out as rows: grouped under the event where each was last met (newest event
 * first), or one list. `list` must already be in name order (`sortByName`): sorting 10,000
 * people on every keystroke is what made search slow, so the order is kept from one sort.
 */
export function makeContactRows(list: Contact[], events: Map<string, MeishiEvent>, sort: ContactSort, noEventTitle: string): ContactRow[] {
  if (sort === 'name') return list.map((contact) => laidOut(contact).row);
  const groups = new Map<string, { event: MeishiEvent | undefined; latest: number; people: ContactRow[] }>();
  for (const contact of list) {
    const { row, latest: meeting } = laidOut(contact);
    const event = meeting?.eventId ? events.get(meeting.eventId) : undefined;
    const key = event?.id ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { event, latest: 0, people: [] }));
    group.latest = Math.max(group.latest, meeting?.at ?? contact.createdAt);
    group.people.push(row);
  }
  const ordered = [...groups.entries()].sort(([ka, a], [kb, b]) => {
    if (!ka !== !kb) return ka ? -1 : 1; // "No event" last
    const da = a.event?.date ?? '';
    const db = b.event?.date ?? '';
    return da === db ? b.latest - a.latest : da < db ? 1 : -1;
  });
  const rows: ContactRow[] = [];
  for (const [key, group] of ordered) {
    rows.push({ kind: 'header', key: `h:${key}`, title: group.event?.name ?? noEventTitle, date: group.event?.date ?? null, count: group.people.length });
    for (const row of group.people) rows.push(row);
  }
  return rows;
}
