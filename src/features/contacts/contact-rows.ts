import type { Contact, MeishiEvent } from '../../domain/types';

/** One row of the contacts list: an event heading or a person. */
export type ContactRow = { kind: 'header'; key: string; title: string; date: string | null; count: number } | { kind: 'contact'; key: string; contact: Contact };

/** How the list is ordered. */
export type ContactSort = 'event' | 'name';

// A contact's latest meeting, found once per version of the contact: the list is laid out
// again on every keystroke of a search.
const latestCache = new WeakMap<Contact, Contact['meetings'][number] | undefined>();
function latestMeeting(contact: Contact) {
  if (latestCache.has(contact)) return latestCache.get(contact);
  let latest = contact.meetings[0];
  for (const m of contact.meetings) if (!latest || m.at > latest.at) latest = m;
  latestCache.set(contact, latest);
  return latest;
}

// One row object per version of a contact, whatever list it is laid out in: the list on screen
// then sees the same row where a keystroke left a person in place, and redraws nothing there.
const rowCache = new WeakMap<Contact, ContactRow>();
function rowOf(contact: Contact): ContactRow {
  let row = rowCache.get(contact);
  if (!row) rowCache.set(contact, (row = { kind: 'contact', key: contact.id, contact }));
  return row;
}

/**
 * Lays contacts out as rows: grouped under the event where each was last met (newest event
 * first), or one list. `list` must already be in name order (`sortByName`): sorting 10,000
 * people on every keystroke is what made search slow, so the order is kept from one sort.
 */
export function makeContactRows(list: Contact[], events: Map<string, MeishiEvent>, sort: ContactSort, noEventTitle: string): ContactRow[] {
  if (sort === 'name') return list.map(rowOf);
  const groups = new Map<string, { event: MeishiEvent | undefined; latest: number; people: Contact[] }>();
  for (const contact of list) {
    const meeting = latestMeeting(contact);
    const event = meeting?.eventId ? events.get(meeting.eventId) : undefined;
    const key = event?.id ?? '';
    const group = groups.get(key) ?? { event, latest: 0, people: [] };
    group.latest = Math.max(group.latest, meeting?.at ?? contact.createdAt);
    group.people.push(contact);
    groups.set(key, group);
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
    for (const contact of group.people) rows.push(rowOf(contact));
  }
  return rows;
}
