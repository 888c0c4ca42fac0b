import { createMemo, createRoot, createSignal } from 'solid-js';
import type { Contact } from '../../domain/types';
import { makeSearchText } from '../../domain/search/normalize-search';
import { deleteContact, listContacts, putContact } from '../../storage/contacts-repo';

// A plain array in a signal, not a deep store: 10,000 contacts must filter without creating
// 10,000 proxies on every keystroke. Updates replace the array.
const state = createRoot(() => {
  const [contacts, setContacts] = createSignal<Contact[]>([], { equals: false });
  const [loaded, setLoaded] = createSignal(false);
  const byId = createMemo(() => new Map(contacts().map((c) => [c.id, c])));
  return { contacts, setContacts, loaded, setLoaded, byId };
});

// The normalised search text of each contact, built once per version of the contact.
const searchCache = new WeakMap<Contact, string>();
let loading: Promise<void> | null = null;

/** Every contact (reactive). */
export const contacts = state.contacts;
/** Whether contacts have been loaded. */
export const contactsLoaded = state.loaded;

/** A contact by id (reactive). */
export function contactById(id: string): Contact | undefined {
  return state.byId().get(id);
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

/** Loads every contact once (later calls share the first load). */
export function loadContacts(): Promise<void> {
  loading ??= listContacts()
    .then((list) => {
      state.setContacts(list);
      state.setLoaded(true);
    })
    .catch((error) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Reads contacts from the database again (after a scan elsewhere, an import or a restore). */
export function reloadContacts(): Promise<void> {
  loading = null;
  return loadContacts();
}

/** Puts changed contacts into the loaded list. */
export function mergeIntoLoaded(changed: Contact[]): void {
  if (!state.loaded() || changed.length === 0) return;
  const updates = new Map(changed.map((c) => [c.id, c]));
  const next = state.contacts().map((c) => updates.get(c.id) ?? c);
  for (const c of changed) if (!state.byId().has(c.id)) next.push(c);
  state.setContacts(next);
}

/** Saves a changed contact. */
export async function saveContact(contact: Contact): Promise<void> {
  const updated = { ...contact, updatedAt: Date.now() };
  await putContact(updated);
  mergeIntoLoaded([updated]);
}

/** Deletes a contact and returns it for Undo. */
export async function removeContact(id: string): Promise<Contact | undefined> {
  const contact = contactById(id);
  if (!contact) return undefined;
  await deleteContact(id);
  state.setContacts(state.contacts().filter((c) => c.id !== id));
  return contact;
}

/** Puts a deleted contact back exactly as it was. */
export async function restoreContact(contact: Contact): Promise<void> {
  await putContact(contact);
  mergeIntoLoaded([contact]);
}
