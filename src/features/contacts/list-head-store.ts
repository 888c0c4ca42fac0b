import { createEffect, createRoot, on } from 'solid-js';
import { usePageVisibility } from '@solid-primitives/page-visibility';
import type { Contact, MeishiEvent } from '../../domain/types';
import { peekContacts } from '../../storage/contacts-repo';
import { eventsState, loadEvents } from '../events/events-store';
import { filterContacts, type ContactFilter } from './contact-filter';
import { makeContactRows, type ContactRow, type ContactSort } from './contact-rows';
import { contacts, contactsByName, contactsLoaded, loadContacts } from './contacts-store';
import { eventsStamp, headRows, listView, recalledHead, rememberHead, stampOf, type ListHead } from './list-head';

// The store of the Contacts list's remembered first screenful (list-head.ts keeps it): it is
// read back, checked against the database, when the app opens at Contacts before everyone has
// been read, and remembered again whenever the list shows a view, or the contacts change.

let peeking: { view: string; result: Promise<{ head: ListHead; people: Map<string, Contact> } | null> } | null = null;

// The first screenful remembered for a view, with its people read afresh by id — or null when
// there is none, or the database changed since it was remembered (see list-head.ts). Later
// calls for the view share the first read.
function peekListHead(sort: ContactSort, filter: ContactFilter): Promise<{ head: ListHead; people: Map<string, Contact> } | null> {
  const view = listView(sort, filter);
  if (peeking?.view === view) return peeking.result;
  const head = recalledHead();
  const result =
    !head || head.view !== view
      ? Promise.resolve(null)
      : peekContacts(head.rows.filter((r): r is string => typeof r === 'string'))
          .then(({ count, lastUpdated, contacts: people }) => (count === head.count && lastUpdated === head.lastUpdated ? { head, people: new Map(people.map((c) => [c.id, c])) } : null))
          .catch(() => null);
  peeking = { view, result };
  return result;
}

/**
 * The app opens at the Contacts list (`query` is its address's): the remembered first
 * screenful is read first, so it does not wait behind everyone, and then everyone.
 */
export function openListAt(query: URLSearchParams): Promise<void> {
  if (!query.get('q')) void peekListHead(query.get('sort') === 'name' ? 'name' : 'event', (query.get('filter') ?? 'all') as ContactFilter);
  return loadContacts();
}

/**
 * The rows to show for a view before everyone has been read: the first screenful as it was last
 * shown, if the database and the events still hold exactly what it was made from; else null.
 */
export async function firstScreenful(sort: ContactSort, filter: ContactFilter, noEventTitle: string): Promise<{ view: string; rows: ContactRow[]; total: number } | null> {
  const [peeked] = await Promise.all([peekListHead(sort, filter), loadEvents()]);
  if (!peeked || contactsLoaded() || peeked.head.events !== eventsStamp(eventsState.events)) return null;
  const rows = headRows(peeked.head, peeked.people, new Map(eventsState.events.map((e) => [e.id, e])), noEventTitle);
  return rows && { view: peeked.head.view, rows, total: peeked.head.total };
}

// The views whose first screenful is worth remembering: those that do not change with the clock.
const REMEMBERED = /^(all|flagged|event:.+)$/;
// The view last shown, and whether a write changed the contacts since its head was remembered.
let shownView: { sort: ContactSort; filter: ContactFilter } | null = null;
let headDirty = false;
// What was remembered last: clearing a search shows the same rows again, and writing them again
// (a pass over everyone for the stamp, and a storage write) would cost the keystroke that cleared it.
let remembered: { view: string; rows: readonly ContactRow[]; contacts: readonly Contact[]; events: readonly MeishiEvent[] } | null = null;

/** Remembers the first screenful of the list as shown (rows of a view without a search). */
export function rememberListHead(sort: ContactSort, filter: ContactFilter, rows: readonly ContactRow[], total: number): void {
  if (!contactsLoaded() || !eventsState.loaded || !REMEMBERED.test(filter)) return;
  shownView = { sort, filter };
  headDirty = false;
  const view = listView(sort, filter);
  const [everyone, events] = [contacts(), eventsState.events];
  if (remembered?.view === view && remembered.rows === rows && remembered.contacts === everyone && remembered.events === events) return;
  remembered = { view, rows, contacts: everyone, events };
  rememberHead(view, eventsStamp(events), stampOf(everyone), rows, total);
}

// Contacts changed while the list was not on screen (a scan, an import, another tab): remember
// the shown view's head again when the app goes to the background, so the next start at
// Contacts can still show it at once. Once everyone is read, the one read early is let go.
createRoot(() => {
  createEffect(
    on(
      contacts,
      () => {
        headDirty = true;
        if (contactsLoaded()) peeking = null;
      },
      { defer: true },
    ),
  );
  const visible = usePageVisibility();
  createEffect(
    on(
      visible,
      (isVisible) => {
        if (isVisible || !headDirty || !shownView || !contactsLoaded() || !eventsState.loaded) return;
        const { sort, filter } = shownView;
        const listed = filterContacts(contactsByName(), filter, Date.now());
        rememberListHead(sort, filter, makeContactRows(listed, new Map(eventsState.events.map((e) => [e.id, e])), sort, ''), listed.length);
      },
      { defer: true },
    ),
  );
});
