import type { Contact, ContactPhoto } from '../domain/types';
import { emailKey } from '../domain/card/email';
import { cleanPaperText, hasPaperCard } from '../domain/contacts/card-photos';
import { receiveCard, type ReceivedCard } from '../domain/contacts/receive-card';
import { applyContactPatch, type ContactPatch } from '../domain/contacts/contact-patch';
import { applyExpiry } from '../domain/contacts/expiry';
import { announceChange, withTx } from './db';
import { fromContactRecord, toContactRecord } from './contact-record';
import { STORES } from './schema';

/** What saving a received card did. */
export interface SaveOutcome {
  contact: Contact;
  /** True when the person was already in Contacts and got a new meeting instead. */
  merged: boolean;
  /** True when the card's photos and text were not kept: the person already had a paper card kept. */
  paperCardSkipped: boolean;
}

/** A paper card to keep with a contact: its photos (before they have ids) and the recognised text. */
export interface NewPaperCard {
  photos: Pick<ContactPhoto, 'type' | 'data'>[];
  text: string;
}

/**
 * Files a received card — scanned, opened, typed in or photographed, with the paper card's
 * photos — in ONE transaction over contacts and photos: all of it or, on any failure (a full
 * disk), none of it. Same email → a meeting on the existing contact.
 */
export async function saveReceivedCard(received: ReceivedCard, now: number, paper?: NewPaperCard): Promise<SaveOutcome> {
  const photos = (paper?.photos ?? []).map((photo) => ({ ...photo, id: crypto.randomUUID() }));
  const withPaper: ReceivedCard = paper ? { ...received, paper: { photoIds: photos.map((p) => p.id), paperText: cleanPaperText(paper.text) } } : received;
  const outcome = await withTx([STORES.contacts, STORES.photos], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.contacts);
    const record = received.card.email ? await store.index('by-email').get(emailKey(received.card.email)) : undefined;
    const existing = record && fromContactRecord(record);
    const contact = receiveCard(existing, withPaper, now, () => crypto.randomUUID());
    await store.put(toContactRecord(contact));
    // The photos are kept only if the contact took this paper card (see receiveCard).
    for (const photo of photos.filter((p) => contact.photoIds.includes(p.id))) {
      await tx.objectStore(STORES.photos).put({ id: photo.id, contactId: contact.id, type: photo.type, data: photo.data });
    }
    const skipped = Boolean(withPaper.paper && hasPaperCard(withPaper.paper) && existing && hasPaperCard(existing));
    return { contact, merged: Boolean(existing), paperCardSkipped: skipped };
  });
  announceChange({ store: 'contacts', ids: [outcome.contact.id] });
  return outcome;
}

/** The photos with these ids, in that order (the contact page; the list never reads them). */
export function getPhotos(ids: string[]): Promise<ContactPhoto[]> {
  return withTx([STORES.photos], 'readonly', async (tx) => {
    const store = tx.objectStore(STORES.photos);
    const photos = await Promise.all(ids.map((id) => store.get(id)));
    return photos.filter((photo): photo is ContactPhoto => photo !== undefined);
  });
}

/** One contact, if it exists. */
export async function getContact(id: string): Promise<Contact | undefined> {
  return (await getContacts([id]))[0];
}

/** The contacts with these ids that still exist (another tab may have deleted some). */
export function getContacts(ids: string[]): Promise<Contact[]> {
  return withTx([STORES.contacts], 'readonly', async (tx) => {
    const store = tx.objectStore(STORES.contacts);
    const records = await Promise.all(ids.map((id) => store.get(id)));
    return records.flatMap((record) => (record ? [fromContactRecord(record)] : []));
  });
}

// Contacts are read a page at a time: each page arrives as its own task, so reading 10,000 people
// never holds the page still for the whole read (the records are unpacked on the main thread).
const PAGE = 1000;

/**
 * A few contacts by id, with how many contacts there are and the latest change among them, all
 * as of one moment (one transaction): enough to tell whether a remembered list still holds.
 */
export function peekContacts(ids: string[]): Promise<{ count: number; lastUpdated: number; contacts: Contact[] }> {
  return withTx([STORES.contacts], 'readonly', async (tx) => {
    const store = tx.objectStore(STORES.contacts);
    const [count, latest, records] = await Promise.all([store.count(), store.index('by-updated').openKeyCursor(null, 'prev'), Promise.all(ids.map((id) => store.get(id)))]);
    return { count, lastUpdated: latest?.key ?? 0, contacts: records.flatMap((record) => (record ? [fromContactRecord(record)] : [])) };
  });
}

/** Every contact. */
export function listContacts(): Promise<Contact[]> {
  return withTx([STORES.contacts], 'readonly', async (tx) => {
    const store = tx.objectStore(STORES.contacts);
    const contacts: Contact[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await store.getAll(after === null ? undefined : IDBKeyRange.lowerBound(after, true), PAGE);
      for (const record of page) contacts.push(fromContactRecord(record));
      if (page.length < PAGE) return contacts;
      after = page[page.length - 1]!.id;
    }
  });
}

/**
 * Applies a person's edit to the contact as stored now, read and written in one transaction,
 * so an edit made meanwhile in another tab is kept. Returns null when the contact no longer
 * exists (deleted in another tab): a deleted contact stays deleted.
 */
export async function updateContact(id: string, patch: ContactPatch, now: number): Promise<Contact | null> {
  const updated = await withTx([STORES.contacts], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.contacts);
    const record = await store.get(id);
    if (!record) return null;
    const contact = applyContactPatch(fromContactRecord(record), patch, now);
    await store.put(toContactRecord(contact));
    return contact;
  });
  if (updated) announceChange({ store: 'contacts', ids: [id] });
  return updated;
}

/** Puts a contact back exactly as it was, with its photos (Undo after a delete), in one transaction. */
export async function putContact(contact: Contact, photos: ContactPhoto[] = []): Promise<void> {
  await withTx([STORES.contacts, STORES.photos], 'readwrite', async (tx) => {
    await tx.objectStore(STORES.contacts).put(toContactRecord(contact));
    for (const photo of photos) await tx.objectStore(STORES.photos).put(photo);
  });
  announceChange({ store: 'contacts', ids: [contact.id] });
}

/** Deletes a contact and its photos in one transaction; returns the photos (for Undo). */
export async function deleteContact(id: string): Promise<ContactPhoto[]> {
  const photos = await withTx([STORES.contacts, STORES.photos], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.photos);
    const found = await store.index('by-contact').getAll(id);
    for (const photo of found) await store.delete(photo.id);
    await tx.objectStore(STORES.contacts).delete(id);
    return found;
  });
  announceChange({ store: 'contacts', ids: [id] });
  return photos;
}

/**
 * Drops the details of time-limited cards whose time is up (unless followed up), in one
 * transaction, using the pending-expiry index so only the due ones are read. Returns them.
 */
export async function expireContacts(now: number): Promise<Contact[]> {
  const changed = await withTx([STORES.contacts], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.contacts);
    const due = await store.index('by-expiry').getAll(IDBKeyRange.upperBound(now));
    const updated = due.flatMap((record) => applyExpiry(fromContactRecord(record), now) ?? []);
    await Promise.all(updated.map((contact) => store.put(toContactRecord(contact))));
    return updated;
  });
  if (changed.length > 0) announceChange({ store: 'contacts', ids: changed.map((c) => c.id) });
  return changed;
}

/** Contacts with an open follow-up, soonest first. */
export function listOpenFollowUps(): Promise<Contact[]> {
  return withTx([STORES.contacts], 'readonly', async (tx) => (await tx.objectStore(STORES.contacts).index('by-due').getAll()).map(fromContactRecord));
}
