import type { Contact } from '../domain/types';
import { emailKey } from '../domain/card/email';
import type { ContactRecord } from './schema';

/** Adds the index keys a contact is found by (email, events, due time, pending expiry). */
export function toContactRecord(contact: Contact): ContactRecord {
  const record: ContactRecord = { ...contact, eventIds: [...new Set(contact.meetings.flatMap((m) => (m.eventId ? [m.eventId] : [])))] };
  delete record.emailKey;
  delete record.dueAt;
  delete record.pendingExpiryAt;
  if (contact.card.email) record.emailKey = emailKey(contact.card.email);
  if (contact.followUpAt !== null && !contact.followUpDone) record.dueAt = contact.followUpAt;
  if (contact.expiresAt !== null && contact.expiredAt === null) record.pendingExpiryAt = contact.expiresAt;
  return record;
}

/** Strips the index keys, giving back the domain object. */
export function fromContactRecord(record: ContactRecord): Contact {
  const { emailKey: _e, eventIds: _i, dueAt: _d, pendingExpiryAt: _p, ...contact } = record;
  return contact;
}
