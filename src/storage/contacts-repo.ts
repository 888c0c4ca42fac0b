import type { Contact } from '../domain/types';
import { emailKey } from '../domain/card/email';
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
}

/** Files a received card in one transaction: same email → a meeting on the existing contact. */
export async function saveReceivedCard(received: ReceivedCard, now: number): Promise<SaveOutcome> {
  const outcome = await withTx([STORES.contacts], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.contacts);
    const existing = received.card.email ? await store.index('by-email').get(emailKey(received.card.email)) : undefined;
    const contact = receiveCard(existing && fromContactRecord(existing), received, now, () => crypto.randomUUID());
    await store.put(toContactRecord(contact));
    return { contact, merged: Boolean(existing) };
  });
  announceChange({ store: 'contacts', ids: [outcome.contact.id] });
  return outcome;
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

/** Every contact. */
export function listContacts(): Promise<Contact[]> {
  return withTx([STORES.contacts], 'readonly', async (tx) => (await tx.objectStore(STORES.contacts).getAll()).map(fromContactRecord));
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

/** Puts a contact back exactly as it was (Undo after a delete). */
export async function putContact(contact: Contact): Promise<void> {
  await withTx([STORES.contacts], 'readwrite', async (tx) => {
    await tx.objectStore(STORES.contacts).put(toContactRecord(contact));
  });
  announceChange({ store: 'contacts', ids: [contact.id] });
}

/** Deletes a contact. */
export async function deleteContact(id: string): Promise<void> {
  await withTx([STORES.contacts], 'readwrite', (tx) => tx.objectStore(STORES.contacts).delete(id));
  announceChange({ store: 'contacts', ids: [id] });
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
