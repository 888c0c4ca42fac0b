import type { Contact } from '../domain/types';
import { emailKey } from '../domain/card/email';
import { receiveCard, type ReceivedCard } from '../domain/contacts/receive-card';
import { applyExpiry } from '../domain/contacts/expiry';
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

/** The contacts met at an event. */
export function listContactsByEvent(eventId: string): Promise<Contact[]> {
  return guarded(async () => (await (await getDb()).getAllFromIndex(STORES.contacts, 'by-event', eventId)).map(fromContactRecord));
}

/** How many contacts were met at each of the given events. */
export function countContactsByEvent(eventIds: string[]): Promise<Map<string, number>> {
  return guarded(async () => {
    const index = (await getDb()).transaction(STORES.contacts).store.index('by-event');
    const counts = await Promise.all(eventIds.map((id) => index.count(id)));
    return new Map(eventIds.map((id, i) => [id, counts[i] ?? 0]));
  });
}

/**
 * Drops the details of time-limited cards whose time is up (unless followed up), in one
 * transaction, using the pending-expiry index so only the due ones are read. Returns them.
 */
export function expireContacts(now: number): Promise<Contact[]> {
  return guarded(async () => {
    const tx = (await getDb()).transaction(STORES.contacts, 'readwrite');
    const due = await tx.store.index('by-expiry').getAll(IDBKeyRange.upperBound(now));
    const changed: Contact[] = [];
    for (const record of due) {
      const updated = applyExpiry(fromContactRecord(record), now);
      if (updated) {
        changed.push(updated);
        void tx.store.put(toContactRecord(updated));
      }
    }
    await tx.done;
    return changed;
  });
}

/** Contacts with an open follow-up, soonest first. */
export function listOpenFollowUps(): Promise<Contact[]> {
  return guarded(async () => (await (await getDb()).getAllFromIndex(STORES.contacts, 'by-due')).map(fromContactRecord));
}

/** How many open follow-ups fall before `before` (e.g. the start of tomorrow: overdue + today). */
export function countDueBefore(before: number): Promise<number> {
  return guarded(async () => (await getDb()).countFromIndex(STORES.contacts, 'by-due', IDBKeyRange.upperBound(before, true)));
}
