import type { CardFields, CardVersion, Contact, ContactPhoto, MeishiEvent, MyCard, NameParts } from '../types';
import { bytesToBase64 } from '../contacts/card-photos';
import type { EventTag } from '../mail/event-tags';
import type { BackupSettings } from './backup-format';

// The writer lists every field in a fixed order, so the same data always gives the same file
// (diffable) and nothing extra (index keys, UI state) leaks into it.

/** The seven card fields, in form order. */
export function canonicalCardFields(c: CardFields): CardFields {
  return { name: c.name, reading: c.reading, org: c.org, title: c.title, email: c.email, website: c.website, tagline: c.tagline };
}

/** A name's parts, in N's order, then the readings. */
export function canonicalNameParts(p: NameParts): NameParts {
  return {
    family: [...p.family],
    given: [...p.given],
    middle: [...p.middle],
    prefix: [...p.prefix],
    suffix: [...p.suffix],
    familyReading: p.familyReading,
    givenReading: p.givenReading,
    middleReading: p.middleReading,
  };
}

/** One of the user's cards, id and label first. */
export function canonicalMyCard(c: MyCard): MyCard {
  return { id: c.id, label: c.label, ...canonicalCardFields(c), perEventAddress: c.perEventAddress, createdAt: c.createdAt, updatedAt: c.updatedAt };
}

/** One per-event address, fields in event-tags.ts order. */
export function canonicalEventTag(e: EventTag): EventTag {
  return { tag: e.tag, eventId: e.eventId, baseEmail: e.baseEmail, createdAt: e.createdAt, expiresAt: e.expiresAt };
}

/** A contact, fields in types.ts order. */
export function canonicalContact(c: Contact): Contact {
  return {
    id: c.id,
    card: canonicalCardFields(c.card),
    original: canonicalCardFields(c.original),
    nameParts: c.nameParts && canonicalNameParts(c.nameParts),
    received: c.received.map(canonicalCardVersion),
    extraEmails: [...c.extraEmails],
    meetings: c.meetings.map((m) => ({ at: m.at, eventId: m.eventId, source: m.source })),
    notes: c.notes,
    flags: [...c.flags],
    tags: [...c.tags],
    followUpAt: c.followUpAt,
    followUpHasTime: c.followUpHasTime,
    followUpDone: c.followUpDone,
    expiresAt: c.expiresAt,
    expiredAt: c.expiredAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    photoIds: [...c.photoIds],
    paperText: c.paperText,
  };
}

/** A photo of a paper card as a backup line holds it: the bytes in base64. */
export interface BackupPhoto {
  id: string;
  contactId: string;
  type: ContactPhoto['type'];
  data: string;
}

/** A card photo, fields in types.ts order, its bytes in base64. */
export function canonicalPhoto(p: ContactPhoto): BackupPhoto {
  return { id: p.id, contactId: p.contactId, type: p.type, data: bytesToBase64(p.data) };
}

/** A later card of a contact, fields in types.ts order. */
export function canonicalCardVersion(v: CardVersion): CardVersion {
  return { at: v.at, source: v.source, card: canonicalCardFields(v.card), nameParts: v.nameParts && canonicalNameParts(v.nameParts), settled: v.settled };
}

/** An event, fields in types.ts order. */
export function canonicalEvent(e: MeishiEvent): MeishiEvent {
  return {
    id: e.id,
    name: e.name,
    date: e.date,
    place: e.place,
    organizer: e.organizer,
    organizerUrl: e.organizerUrl,
    notes: e.notes,
    signs: [...e.signs],
    verdict: e.verdict,
    reviewIndex: e.reviewIndex,
    reviewDone: e.reviewDone,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

/** Settings with keys sorted at every depth (their values are small JSON). */
export function canonicalSettings(settings: BackupSettings): BackupSettings {
  return sortKeys(settings) as BackupSettings;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}
