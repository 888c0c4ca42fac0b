import { CARD_HISTORY_CAP, clampTime, EXTRA_EMAILS_CAP, MEETINGS_PER_CONTACT, NOTE_CAP } from '../caps';
import { capMultiline, cleanNotes } from '../card/clean-text';
import { emailKey } from '../card/email';
import type { CardFields, CardSource, CardVersion, Contact, Meeting, NameParts } from '../types';
import { hasPaperCard, keptPaperCard, noPaperCard, type PaperCard } from './card-photos';

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
  /** The card's own note (vCard NOTE), if any: someone else's text, so only a new contact gets it. */
  note?: string;
  /** Notes the person typed with the card (Add contact, a paper card): theirs, so a known contact gets them too. */
  ownNotes?: string;
  /** A paper card's photos (ids the caller stores them under) and recognised text, if it was photographed. */
  paper?: PaperCard;
}

/**
 * Files a received card: a new contact, or — same email, the same person — a new meeting on
 * the existing one. A card never silently changes what is known: the existing details, notes,
 * flags and follow-up stay, and the new card goes into the contact's history, where
 * `cardDifferences` shows what differs until the person decides.
 */
export function receiveCard(existing: Contact | undefined, received: ReceivedCard, clock: number, newId: () => string): Contact {
  // The device's clock, held to the range every stored time is in (caps.ts).
  const now = clampTime(clock);
  const meeting = { at: now, eventId: received.eventId, source: received.source };
  if (!existing) {
    return {
      id: newId(),
      card: { ...received.card },
      original: { ...received.card },
      nameParts: received.nameParts ?? null,
      received: [],
      extraEmails: dedupe(received.extraEmails, received.card.email).slice(0, EXTRA_EMAILS_CAP),
      meetings: [meeting],
      notes: mergeNotes(cleanNotes(received.note ?? ''), cleanNotes(received.ownNotes ?? '')),
      flags: [],
      tags: [],
      followUpAt: null,
      followUpHasTime: false,
      followUpDone: false,
      expiresAt: received.expiresAt,
      expiredAt: null,
      createdAt: now,
      updatedAt: now,
      ...keptPaperCard(noPaperCard(), received.paper ?? noPaperCard()),
    };
  }
  const version: CardVersion = {
    at: now,
    source: received.source,
    card: { ...received.card },
    nameParts: received.nameParts ?? null,
    settled: differingFields(existing.card, received.card).length === 0,
  };
  return {
    ...existing,
    nameParts: knownParts(existing, received),
    received: [...existing.received, version].slice(-CARD_HISTORY_CAP),
    meetings: capMeetings([...existing.meetings, meeting]),
    notes: mergeNotes(existing.notes, cleanNotes(received.ownNotes ?? '')),
    expiresAt: nextExpiry(existing, received.expiresAt),
    // Shared again: the details are back, with the new card's validity.
    expiredAt: null,
    updatedAt: now,
    // The photos of a paper card join a contact that has none; one it has already stays.
    ...(received.paper && !hasPaperCard(existing) ? keptPaperCard(existing, received.paper) : {}),
  };
}

/** What the newest undecided card of a contact says differently from what is kept, if anything. */
export function cardDifferences(contact: Contact): { version: CardVersion; fields: (keyof CardFields)[] } | null {
  const version = contact.received.findLast((v) => !v.settled);
  if (!version) return null;
  const fields = differingFields(contact.card, version.card);
  return fields.length > 0 ? { version, fields } : null;
}

// Fields the new card fills differently (an empty field on the new card says nothing).
function differingFields(kept: CardFields, incoming: CardFields): (keyof CardFields)[] {
  return (Object.keys(incoming) as (keyof CardFields)[]).filter((key) => {
    const value = incoming[key];
    if (!value) return false;
    return key === 'email' ? emailKey(value) !== emailKey(kept.email) : value !== kept[key];
  });
}

/** The existing notes, then the incoming ones after a blank line unless already there; capped. */
export function mergeNotes(existing: string, incoming: string): string {
  if (!incoming || existing.includes(incoming)) return existing;
  if (!existing) return incoming;
  // Capped so the merged contact still fits a backup (restoring the same file twice adds nothing),
  // and cleaned as notes are, so a cut right after the blank line leaves no trailing newline.
  return capMultiline(`${existing}\n\n${incoming}`, NOTE_CAP);
}

/** A contact's meetings within the cap: the first one, and the latest after it. */
export function capMeetings(meetings: Meeting[]): Meeting[] {
  if (meetings.length <= MEETINGS_PER_CONTACT) return meetings;
  return [meetings[0]!, ...meetings.slice(meetings.length - MEETINGS_PER_CONTACT + 1)];
}

// The name's parts go with the name. Parts already known stay (a card changes nothing by itself;
// the ones a later card brings come along if the person takes its name). A contact whose parts
// were only ever guessed takes the ones a card gives for the very name it has: that fills in
// what was not known and changes nothing shown.
function knownParts(existing: Contact, received: ReceivedCard): NameParts | null {
  if (existing.nameParts || !received.nameParts) return existing.nameParts;
  return received.card.name === existing.card.name ? received.nameParts : null;
}

// A permanent card the user already holds stays permanent; otherwise the later expiry wins.
function nextExpiry(existing: Contact, received: number | null): number | null {
  if (received === null) return null;
  if (existing.expiresAt === null && existing.expiredAt === null) return null;
  if (existing.expiredAt !== null) return received;
  return Math.max(existing.expiresAt ?? 0, received);
}

function dedupe(emails: string[], primary: string): string[] {
  const seen = new Set([emailKey(primary)]);
  const out: string[] = [];
  for (const email of emails) {
    const key = emailKey(email);
    if (!email || seen.has(key)) continue;
    seen.add(key);
    out.push(email);
  }
  return out;
}
