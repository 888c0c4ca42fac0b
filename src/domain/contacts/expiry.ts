// A time-limited card is a courtesy the app honours: at expiry its contact details go, unless
// the user has already followed up. Who the person was, and what the user noted, stay.

import { clampTime } from '../caps';
import type { Contact } from '../types';

/**
 * Where a contact stands with its card's time limit: details go at `at` ('expires'), have gone
 * ('expired'), or will stay because the user followed up ('kept'); null for a permanent card.
 */
export type ExpiryStatus = { kind: 'expires'; at: number } | { kind: 'expired'; at: number } | { kind: 'kept' } | null;

/**
 * The expiry status at `now`. A contact past its expiry reads 'expired' even before
 * `applyExpiry` has run. Once a followed-up contact has passed its expiry, `applyExpiry` makes
 * it permanent (`expiresAt: null`), and from then on it reads as a normal contact (null).
 */
export function expiryStatus(contact: Contact, now: number): ExpiryStatus {
  if (contact.expiredAt !== null) return { kind: 'expired', at: contact.expiredAt };
  if (contact.expiresAt === null) return null;
  if (contact.followUpDone) return { kind: 'kept' };
  return now >= contact.expiresAt ? { kind: 'expired', at: contact.expiresAt } : { kind: 'expires', at: contact.expiresAt };
}

/**
 * The contact as it must be stored now, or null if nothing changes. Past expiry, a followed-up
 * contact becomes permanent; any other loses its email addresses and website (card,
 * original and later cards) and records `expiredAt`. Name, reading, org, title, notes, flags, tags, meetings
 * and follow-up are left alone. Applying it again changes nothing.
 */
export function applyExpiry(contact: Contact, now: number): Contact | null {
  const { expiresAt } = contact;
  if (expiresAt === null || contact.expiredAt !== null || now < expiresAt) return null;
  if (contact.followUpDone) return { ...contact, expiresAt: null, updatedAt: clampTime(now) };
  return {
    ...contact,
    card: { ...contact.card, email: '', website: '' },
    original: { ...contact.original, email: '', website: '' },
    received: contact.received.map((v) => ({ ...v, card: { ...v.card, email: '', website: '' } })),
    extraEmails: [],
    // The moment the card lapsed, not when the sweep happened to run.
    expiredAt: expiresAt,
    updatedAt: clampTime(now),
  };
}

/** The contacts that `applyExpiry` changes at `now`, updated. */
export function expireDue(contacts: readonly Contact[], now: number): Contact[] {
  const changed: Contact[] = [];
  for (const contact of contacts) {
    const next = applyExpiry(contact, now);
    if (next) changed.push(next);
  }
  return changed;
}
