import type { Contact } from '../domain/types';
import { emailKey } from '../domain/card/email';
import { receiveCard, type ReceivedCard } from '../domain/contacts/receive-card';
import { getDb } from './db';
import { fromContactRecord, toContactRecord } from './contact-record';
import { STORES } from './schema';
import { guarded } from './storage-error';

/** What saving a received card did. */
export interface SaveOutcome {
  contact: Contact;
  /** True when the person was already in Contacts and got a new meeting instead. */
  merged: boolean;
}

/** Files a received card in one transaction: same email → a meeting on the existing contact. */
export function saveReceivedCard(received: ReceivedCard, now: number): Promise<SaveOutcome> {
  return guarded(async () => {
    const tx = (await getDb()).transaction(STORES.contacts, 'readwrite');
    const existing = received.card.email ? await tx.store.index('by-email').get(emailKey(received.card.email)) : undefined;
    const contact = receiveCard(existing && fromContactRecord(existing), received, now, () => crypto.randomUUID());
    await tx.store.put(toContactRecord(contact));
    await tx.done;
    return { contact, merged: Boolean(existing) };
  });
}

/** One contact, if it exists. */
export function getContact(id: string): Promise<Contact | undefined> {
  return guarded(async () => {
    const record = await (await getDb()).get(STORES.contacts, id);
    return record && fromContactRecord(record);
  });
}

/** Every contact. */
export function listContacts(): Promise<Contact[]> {
  return guarded(async () => (await (await getDb()).getAll(STORES.contacts)).map(fromContactRecord));
}

/** Creates or replaces a contact. */
export function putContact(contact: Contact): Promise<void> {
  return guarded(async () => {
    await (await getDb()).put(STORES.contacts, toContactRecord(contact));
  });
}

/** Deletes a contact. */
export function deleteContact(id: string): Promise<void> {
  return guarded(async () => (await getDb()).delete(STORES.contacts, id));
}
