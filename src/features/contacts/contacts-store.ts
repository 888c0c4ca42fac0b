import { batch, createMemo, createRoot, createSignal } from 'solid-js';
import type { Contact, ContactPhoto } from '../../domain/types';
import { isKeepablePhoto } from '../../domain/contacts/card-photos';
import type { ReceivedCard } from '../../domain/contacts/receive-card';
import { isEmptyPatch, type ContactPatch } from '../../domain/contacts/contact-patch';
import { makeSearchText } from '../../domain/search/normalize-search';
import { makeSortKeyCache, sortByName, updateNameOrder } from '../../domain/contacts/sort-contacts';
import { onOtherTabChange } from '../../storage/db';
import { deleteContact, expireContacts, getContacts, getPhotos, listContacts, listOpenFollowUps, putContact, saveReceivedCard, updateContact, type NewPaperCard, type SaveOutcome } from '../../storage/contacts-repo';
import { countKnownEmails, importCards, type ImportOutcome } from '../../storage/import-repo';
import { requestPersistence } from '../../pwa/persistence';
import { loadSettings, settings, updateSetting } from '../settings/settings-store';
import { forgetHead } from './list-head';

export type { SaveOutcome } from '../../storage/contacts-repo';
export type { ImportOutcome } from '../../storage/import-repo';

// A plain array in a signal, not a deep store: 10,000 contacts must filter without creating
// 10,000 proxies on every keystroke. Updates replace the array. Every write goes through this
// module, which puts the result into the list, so no screen ever re-reads the table.
const state = createRoot(() => {
  const [contacts, setContacts] = createSignal<Contact[]>([], { equals: false });
  // The same contacts in name order, kept in step with each write (not sorted again per visit).
  const [byName, setByName] = createSignal<Contact[]>([], { equals: false });
  const [loaded, setLoaded] = createSignal(false);
  const byId = createMemo(() => new Map(contacts().map((c) => [c.id, c])));
  // Who was met at each event, in the order they were met there.
  const byEvent = createMemo(() => {
    const map = new Map<string, { contact: Contact; at: number }[]>();
    for (const contact of contacts()) {
      const first = new Map<string, number>();
      for (const m of contact.meetings) {
        const earlier = m.eventId ? first.get(m.eventId) : undefined;
        if (m.eventId && (earlier === undefined || m.at < earlier)) first.set(m.eventId, m.at);
      }
      for (const [eventId, at] of first) {
        let list = map.get(eventId);
        if (!list) map.set(eventId, (list = []));
        list.push({ contact, at });
      }
    }
    return new Map([...map].map(([id, list]) => [id, list.sort((a, b) => a.at - b.at).map((e) => e.contact)]));
  });
  const notBackedUp = createMemo(() => {
    const since = settings.lastBackupAt;
    return since === null ? contacts().length : contacts().filter((c) => c.updatedAt > since).length;
  });
  return { contacts, setContacts, byName, setByName, loaded, setLoaded, byId, byEvent, notBackedUp };
});

const sortKeyOf = makeSortKeyCache();

// Every contact at once (a load, or a reload after a restore).
function replaceAll(list: Contact[]): void {
  batch(() => {
    state.setContacts(list);
    state.setByName(sortByName(list, sortKeyOf));
  });
}

// The normalised search text of each contact, built once per version of the contact.
const searchCache = new WeakMap<Contact, string>();
let loading: Promise<void> | null = null;

/** Every contact (reactive). */
export const contacts = state.contacts;
/** Every contact in name order (reactive): the order the list shows, grouped or not. */
export const contactsByName = state.byName;
/** Whether contacts have been loaded. */
export const contactsLoaded = state.loaded;
/** How many contacts were added or changed since the last backup or full export (reactive). */
export const notBackedUpCount = state.notBackedUp;

/** A contact by id (reactive). */
export function contactById(id: string): Contact | undefined {
  return state.byId().get(id);
}

/** The people met at an event, in the order they were first met there (reactive). */
export function peopleAt(eventId: string): Contact[] {
  return state.byEvent().get(eventId) ?? [];
}

/** The normalised text a contact is searched by. */
export function searchTextOf(contact: Contact): string {
  let text = searchCache.get(contact);
  if (text === undefined) {
    text = makeSearchText(contact);
    searchCache.set(contact, text);
  }
  return text;
}

// Builds the search text of every contact while the app is idle, a slice at a time, so the first
// letter typed into the search does not wait for 10,000 of them.
function prepareSearch(): void {
  if (typeof requestIdleCallback !== 'function') return;
  let next = 0;
  const slice = (deadline: IdleDeadline) => {
    const list = state.contacts();
    while (next < list.length && deadline.timeRemaining() > 2) searchTextOf(list[next++]!);
    if (next < list.length) requestIdleCallback(slice);
  };
  requestIdleCallback(slice);
}

/** Loads every contact once (later calls share the first load; a failed load can be retried). */
export function loadContacts(): Promise<void> {
  loading ??= listContacts()
    .then((list) => {
      batch(() => {
        replaceAll(list);
        state.setLoaded(true);
      });
      prepareSearch();
    })
    .catch((error) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Reads every contact again: only after a restore, which may have replaced them all. */
export function reloadContacts(): Promise<void> {
  loading = null;
  forgetHead();
  return loadContacts();
}

// Puts changed contacts into the loaded list and takes deleted ones out.
function mergeIntoLoaded(changed: Contact[], deletedIds: string[] = []): void {
  if (!state.loaded() || changed.length + deletedIds.length === 0) return;
  const updates = new Map(changed.map((c) => [c.id, c]));
  const deleted = new Set(deletedIds);
  const next = state.contacts().flatMap((c) => (deleted.has(c.id) ? [] : [updates.get(c.id) ?? c]));
  const known = state.byId();
  for (const c of updates.values()) if (!known.has(c.id)) next.push(c);
  batch(() => {
    state.setContacts(next);
    state.setByName(updateNameOrder(state.byName(), [...updates.values()], deleted, sortKeyOf));
  });
}

// After the first contact is saved, asks once for persistent storage (never on load): not worth
// interrupting a save for if it fails, as Settings shows the storage status.
async function ensurePersistence(): Promise<void> {
  try {
    await loadSettings();
    if (settings.persistRequested) return;
    await updateSetting('persistRequested', true);
    await requestPersistence();
  } catch {
    // Nothing to do: the contact is saved either way.
  }
}

// Another tab wrote: read just those contacts; the ones that are gone were deleted there.
onOtherTabChange((change) => {
  if (!state.loaded()) return;
  if (change.store === 'all') void reloadContacts().catch(() => undefined);
  if (change.store !== 'contacts') return;
  void getContacts(change.ids)
    .then((found) => {
      const present = new Set(found.map((c) => c.id));
      mergeIntoLoaded(found, change.ids.filter((id) => !present.has(id)));
    })
    .catch(() => undefined);
});

/**
 * Files a card that was scanned, opened from a link, or typed in: a new contact, or a new
 * meeting on the person with the same email. Asks for persistent storage after the first save.
 */
export async function fileReceivedCard(received: ReceivedCard): Promise<SaveOutcome> {
  const outcome = await saveReceivedCard(received, Date.now());
  mergeIntoLoaded([outcome.contact]);
  void ensurePersistence();
  return outcome;
}

/**
 * Files a card typed in by hand or read from a photographed paper card, with the photos (front
 * first) and the recognised text, in one transaction: a new contact, or a new meeting on the
 * person with the same email (who keeps a paper card kept before; see `paperCardSkipped`).
 */
export async function filePaperCard(received: ReceivedCard, paper: { photos: Blob[]; text: string }): Promise<SaveOutcome> {
  // Read before the transaction: an IndexedDB transaction cannot wait for a Blob.
  const photos: NewPaperCard['photos'] = await Promise.all(
    paper.photos.map(async (blob) => {
      const data = await blob.arrayBuffer();
      // The photo preparation writes nothing else; a photo it did not make is a bug, not data to keep.
      if (!isKeepablePhoto(blob.type, data)) throw new Error(`not a photo to keep: ${blob.type}, ${data.byteLength} bytes`);
      return { type: blob.type, data };
    }),
  );
  const outcome = await saveReceivedCard(received, Date.now(), { photos, text: paper.text });
  mergeIntoLoaded([outcome.contact]);
  void ensurePersistence();
  return outcome;
}

/** The photos of a contact's paper card, front first (read only for its page). */
export function contactPhotos(contact: Contact): Promise<ContactPhoto[]> {
  return contact.photoIds.length === 0 ? Promise.resolve([]) : getPhotos(contact.photoIds);
}

/**
 * Applies a person's edit on top of the contact as stored now (another tab may have changed
 * other fields meanwhile). Resolves to false when the contact was deleted elsewhere.
 */
export async function editContact(id: string, patch: ContactPatch): Promise<boolean> {
  if (isEmptyPatch(patch)) return contactById(id) !== undefined;
  const updated = await updateContact(id, patch, Date.now());
  if (updated) mergeIntoLoaded([updated]);
  else mergeIntoLoaded([], [id]);
  return updated !== null;
}

/** A deleted contact with its photos, kept for Undo. */
export interface RemovedContact {
  contact: Contact;
  photos: ContactPhoto[];
}

/** Deletes a contact and its photos (one transaction) and returns them for Undo. */
export async function removeContact(id: string): Promise<RemovedContact | undefined> {
  const contact = contactById(id);
  if (!contact) return undefined;
  const photos = await deleteContact(id);
  mergeIntoLoaded([], [id]);
  return { contact, photos };
}

/** Puts a deleted contact back exactly as it was, photos included. */
export async function restoreContact(removed: RemovedContact): Promise<void> {
  await putContact(removed.contact, removed.photos);
  mergeIntoLoaded([removed.contact]);
}

/** How many of these email keys belong to contacts already kept ("4 already here"). */
export function countKnownContacts(emailKeys: string[]): Promise<number> {
  return countKnownEmails(emailKeys);
}

/** Imports many cards in one transaction (same email → merged) and puts them into the list. */
export async function importContacts(cards: ReceivedCard[], onProgress?: (written: number) => void): Promise<ImportOutcome> {
  // Each slice's name-sort keys are worked out while its writes are in flight: putting 155,000
  // people into the list in name order then only sorts, instead of also working out every key in
  // the same block (about half of a 450 ms pause at the end of such an import).
  const warmSortKeys = (filed: Contact[]) => {
    if (state.loaded()) for (const contact of filed) sortKeyOf(contact);
  };
  const outcome = await importCards(cards, Date.now(), { onProgress, onSlice: warmSortKeys });
  mergeIntoLoaded(outcome.contacts);
  void ensurePersistence();
  return outcome;
}

/** Drops the details of the time-limited cards whose time is up, in the database and the list. */
export async function expireDueCards(now = Date.now()): Promise<void> {
  mergeIntoLoaded(await expireContacts(now));
}

/** The contacts with an open follow-up, soonest first (read by index: the list may not be loaded). */
export function openFollowUps(): Promise<Contact[]> {
  return listOpenFollowUps();
}
