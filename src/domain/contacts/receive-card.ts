import type { CardFields, CardSource, Contact, NameParts } from '../types';

/** A card that has just been scanned, opened or imported, ready to file. */
export interface ReceivedCard {
  card: CardFields;
  extraEmails: string[];
  /** The name's parts as the card gave them; null or absent when it gave none. */
  nameParts?: NameParts | null;
  source: CardSource;
  eventId: string | null;
  /** For a time-limited card, when its details must go; null for a permanent card. */
  expiresAt: number | null;
  /** The card's own note (vCard NOTE), if any. */
  note?: string;
}

/**
 * Files a received card: a new contact, or — same person — a new meeting on the existing one.
 * The user's notes, flags and follow-up are kept; changed card fields are updated.
 */
export function receiveCard(existing: Contact | undefined, received: ReceivedCard, now: number, newId: () => string): Contact {
  const meeting = { at: now, eventId: received.eventId, source: received.source };
  if (!existing) {
    return {
      id: newId(),
      card: { ...received.card },
      original: { ...received.card },
      nameParts: received.nameParts ?? null,
      extraEmails: dedupe(received.extraEmails, received.card.email),
      meetings: [meeting],
      notes: received.note ?? '',
      flags: [],
      tags: [],
      followUpAt: null,
      followUpHasTime: false,
      followUpDone: false,
      expiresAt: received.expiresAt,
      expiredAt: null,
      createdAt: now,
      updatedAt: now,
    };
  }
  const card = { ...existing.card };
  for (const key of Object.keys(received.card) as (keyof CardFields)[]) {
    if (received.card[key]) card[key] = received.card[key];
  }
  return {
    ...existing,
    card,
    original: { ...received.card },
    nameParts: nextNameParts(existing, received),
    extraEmails: dedupe([...existing.extraEmails, ...received.extraEmails], card.email),
    meetings: [...existing.meetings, meeting],
    expiresAt: nextExpiry(existing, received.expiresAt),
    // Shared again: the details are back, with the new card's validity.
    expiredAt: null,
    updatedAt: now,
  };
}

/**
 * Several cards of one person (the same email, in one file) as one card, as if received one
 * after the other: each field from the last card that has it, every further address once,
 * the first card's note. One pass over the cards, so a file that repeats one person 100,000
 * times costs 100,000 steps, and the person gets one meeting, not 100,000.
 */
export function mergeReceived(cards: readonly ReceivedCard[]): ReceivedCard {
  const [first, ...rest] = cards;
  if (!first) throw new RangeError('mergeReceived: no cards');
  if (rest.length === 0) return first;
  const card = { ...first.card };
  let nameParts = first.nameParts ?? null;
  const seen = new Set<string>();
  const extraEmails: string[] = [];
  for (const received of cards) {
    if (received !== first) {
      nameParts = partsAfter(card.name, nameParts, received);
      for (const key of Object.keys(received.card) as (keyof CardFields)[]) if (received.card[key]) card[key] = received.card[key];
    }
    for (const email of received.extraEmails) {
      const key = email.toLowerCase();
      if (!seen.has(key)) extraEmails.push(email);
      seen.add(key);
    }
  }
  const last = cards[cards.length - 1] as ReceivedCard;
  return { ...last, card, extraEmails: dedupe(extraEmails, card.email), nameParts, note: first.note };
}

// The name's parts go with the name: a card that gives parts brings them; one that gives none
// keeps the known parts while the name stays the same, and drops them (to be guessed from
// the new name) when it changes the name.
function nextNameParts(existing: Contact, received: ReceivedCard): NameParts | null {
  return partsAfter(existing.card.name, existing.nameParts, received);
}

function partsAfter(name: string, parts: NameParts | null, received: ReceivedCard): NameParts | null {
  if (received.nameParts) return received.nameParts;
  return !received.card.name || received.card.name === name ? parts : null;
}

// A permanent card the user already holds stays permanent; otherwise the later expiry wins.
function nextExpiry(existing: Contact, received: number | null): number | null {
  if (received === null) return null;
  if (existing.expiresAt === null && existing.expiredAt === null) return null;
  if (existing.expiredAt !== null) return received;
  return Math.max(existing.expiresAt ?? 0, received);
}

function dedupe(emails: string[], primary: string): string[] {
  const seen = new Set([primary.toLowerCase()]);
  const out: string[] = [];
  for (const email of emails) {
    const key = email.toLowerCase();
    if (!email || seen.has(key)) continue;
    seen.add(key);
    out.push(email);
  }
  return out;
}
