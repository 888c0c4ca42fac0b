import type { CardFields, CardVersion, Contact, ContactPhoto, MeishiEvent, MyCard, NameParts } from '../types';
import { clampDate, clampTime } from '../caps';
import { bytesToBase64 } from '../contacts/card-photos';
import type { EventTag } from '../mail/event-tags';
import type { Settings } from '../settings';
import type { BackupSettings } from './backup-format';

// The writer lists every field in a fixed order, so the same data always gives the same file
// (diffable) and nothing extra (index keys, UI state) leaks into it. Times and event dates are
// written within the app's range (caps.ts): what the app stamps today always is, and the
// database's version-4 step brought what an older Meishi stored from a clock set far off into
// it, so this changes nothing stored; it stays because a backup the check then refused would be
// no backup at all. Such a time would be written at the nearest end.

// A time within the range, or null kept as null.
const time = (value: number | null) => (value === null ? null : clampTime(value));

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
  return { id: c.id, label: c.label, ...canonicalCardFields(c), perEventAddress: c.perEventAddress, createdAt: clampTime(c.createdAt), updatedAt: clampTime(c.updatedAt) };
}

/** One per-event address, fields in event-tags.ts order. */
export function canonicalEventTag(e: EventTag): EventTag {
  return { tag: e.tag, eventId: e.eventId, baseEmail: e.baseEmail, createdAt: clampTime(e.createdAt), expiresAt: clampTime(e.expiresAt) };
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
    meetings: c.meetings.map((m) => ({ at: clampTime(m.at), eventId: m.eventId, source: m.source })),
    notes: c.notes,
    flags: [...c.flags],
    tags: [...c.tags],
    followUpAt: time(c.followUpAt),
    followUpHasTime: c.followUpHasTime,
    followUpDone: c.followUpDone,
    expiresAt: time(c.expiresAt),
    expiredAt: time(c.expiredAt),
    createdAt: clampTime(c.createdAt),
    updatedAt: clampTime(c.updatedAt),
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
  return { at: clampTime(v.at), source: v.source, card: canonicalCardFields(v.card), nameParts: v.nameParts && canonicalNameParts(v.nameParts), settled: v.settled };
}

/** An event, fields in types.ts order. */
export function canonicalEvent(e: MeishiEvent): MeishiEvent {
  return {
    id: e.id,
    name: e.name,
    date: clampDate(e.date),
    place: e.place,
    organizer: e.organizer,
    organizerUrl: e.organizerUrl,
    notes: e.notes,
    signs: [...e.signs],
    verdict: e.verdict,
    reviewIndex: e.reviewIndex,
    reviewDone: e.reviewDone,
    createdAt: clampTime(e.createdAt),
    updatedAt: clampTime(e.updatedAt),
  };
}

/** Settings with keys sorted at every depth (their values are small JSON), the times in them within the range. */
export function canonicalSettings(settings: BackupSettings): BackupSettings {
  return sortKeys(withSaneTimes(settings)) as BackupSettings;
}

// The settings that hold a moment, and the log of current events whose entries do.
const TIME_SETTINGS = ['lastBackupAt', 'lastFilterExportAt'] as const satisfies readonly (keyof Settings)[];

function withSaneTimes(settings: BackupSettings): BackupSettings {
  const next = { ...settings };
  for (const key of TIME_SETTINGS) if (typeof next[key] === 'number') next[key] = clampTime(next[key]);
  const log = next.currentEventLog;
  if (Array.isArray(log)) next.currentEventLog = log.map((change: unknown) => (isTimed(change) ? { ...change, at: clampTime(change.at) } : change));
  return next;
}

function isTimed(value: unknown): value is { at: number } {
  return typeof value === 'object' && value !== null && typeof (value as { at?: unknown }).at === 'number';
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
