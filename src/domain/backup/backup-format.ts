import { EVENT_TEXT_CAP, MEETINGS_PER_CONTACT } from '../caps';
import { capLength, cleanLine, cleanNotes, cleanTags } from '../card/clean-text';
import type { Contact, ContactPhoto, MeishiEvent, MyCard } from '../types';
import type { EventTag } from '../mail/event-tags';
import { noPaperCard } from '../contacts/card-photos';
import { upgradeCardV3, upgradeContactV3, upgradeEventTagV3, upgradeEventV3, upgradeSettingsV3 } from './upgrade-v3';
import { canonicalContact, canonicalEvent, canonicalEventTag, canonicalMyCard, canonicalPhoto, canonicalSettings } from './canonical-records';

// A backup file, version 2: a header line, then one JSON record per line —
//   {"format":"meishi-backup","version":2,"exportedAt":"…","appVersion":"…","counts":{…}}
//   {"card":{…}}  {"event":{…}}  {"contact":{…}}  {"photo":{…}}  {"eventTag":{…}}  …  {"settings":{…}}
// so a database of any size is written and read a line at a time, never as one giant string.
// Version 1 was one JSON document `{format, version, exportedAt, appVersion, data}`; it is still
// read (parse-backup.ts). This module writes files and keeps the upgrade ladder.

/** The `format` every Meishi backup file names itself with. */
export const BACKUP_FORMAT = 'meishi-backup';
/** The format version this code writes; it reads this one and every earlier one. */
export const BACKUP_VERSION = 4;
/**
 * The longest line (one record) the reader looks at, checked before JSON.parse. The largest
 * record the app can make — a contact at every cap, its notes full of characters JSON doubles
 * — is well under a quarter of it.
 */
export const MAX_LINE_LENGTH = 2_000_000;
/** The longest version-1 file (one JSON document) the reader accepts. */
export const MAX_DOCUMENT_LENGTH = 400_000_000;

/** Settings by key; only keys the app knows survive a parse. */
export type BackupSettings = { [key: string]: unknown };

/** Everything a backup holds. */
export interface BackupData {
  cards: MyCard[];
  contacts: Contact[];
  events: MeishiEvent[];
  /** Every per-event address ever put on a shared card (the mail filters are made from it). */
  eventTags: EventTag[];
  /** The photos of contacts' paper cards (a line each, the bytes in base64). */
  photos: ContactPhoto[];
  settings: BackupSettings;
}

/** The kinds of record a backup holds, with the key each line names its record by. */
export const RECORD_KINDS = { cards: 'card', events: 'event', contacts: 'contact', photos: 'photo', eventTags: 'eventTag' } as const;
/** A kind of record. */
export type RecordKind = keyof typeof RECORD_KINDS;

/**
 * The backup file for `data`, line by line (each ends in "\n"): a header with the counts, then
 * one record per line in a fixed key order, so the same data always gives the same file.
 */
export function makeBackupLines(data: BackupData, now: number, appVersion: string): string[] {
  const header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    appVersion,
    counts: { cards: data.cards.length, events: data.events.length, contacts: data.contacts.length, photos: data.photos.length, eventTags: data.eventTags.length },
  };
  const line = (value: unknown) => `${JSON.stringify(value)}\n`;
  return [
    line(header),
    ...data.cards.map((card) => line({ card: canonicalMyCard(card) })),
    ...data.events.map((event) => line({ event: canonicalEvent(event) })),
    ...data.contacts.map((contact) => line({ contact: canonicalContact(contact) })),
    ...data.photos.map((photo) => line({ photo: canonicalPhoto(photo) })),
    ...data.eventTags.map((tag) => line({ eventTag: canonicalEventTag(tag) })),
    line({ settings: canonicalSettings(data.settings) }),
  ];
}

/** The whole backup file as one string (small backups and tests; the app writes the lines as a Blob). */
export function makeBackup(data: BackupData, now: number, appVersion: string): string {
  return makeBackupLines(data, now, appVersion).join('');
}

// The upgrade ladder. Each step takes one record of version N to version N + 1, so a record of
// any earlier version walks every step in order and is then checked as current. Never edit a
// released step; add one, raise BACKUP_VERSION and add tests/fixtures/backups/vN.json.

/** A step for one record: its raw value of version N in, of version N + 1 out (unchecked both ways). */
export type RecordMigration = (record: unknown) => unknown;

/** The steps by the version they upgrade from, per kind of record (a kind not named is unchanged). */
export const MIGRATIONS: Readonly<Record<number, Partial<Record<RecordKind | 'settings', RecordMigration>>>> = {
  // 1 → 2: cards get the per-event address option (off: it did not exist); contacts keep later
  // cards in `received` (none yet); text is held to the caps that version 1 did not apply
  // everywhere (tags had none, quick-add event names none, notes were capped before NFC), so
  // every file version 1 wrote still restores. (The tag map is new: a version-1 file has none.)
  1: {
    cards: (card) => (isRecord(card) ? { ...card, perEventAddress: false } : card),
    contacts: (contact) => (isRecord(contact) ? upgradeContactV1(contact) : contact),
    events: (event) => (isRecord(event) ? upgradeEventV1(event) : event),
  },
  // 2 → 3: contacts keep their name's parts (`nameParts`), and so does each later card in their
  // history. Version 2 kept none: null, so the parts are guessed from the name as version 2 did.
  // Contacts keep the paper card they were typed from (`photoIds`, `paperText`, and the photos'
  // own lines): version 2 kept none, so no photos and no recognised text.
  2: {
    contacts: (contact) => (isRecord(contact) ? upgradeContactV2(contact) : contact),
  },
  // 3 → 4: text is brought to today's idempotent cleaning and caps, and every time and event
  // date into 1970–2200 (upgrade-v3.ts). Releases writing version 3 cleaned text by older rules
  // that today's check, cleaning again, would change, and wrote times from a clock set far off
  // as they were; a version-4 file holds neither, so there such a time is still refused.
  3: {
    cards: (card) => (isRecord(card) ? upgradeCardV3(card) : card),
    contacts: (contact) => (isRecord(contact) ? upgradeContactV3(contact) : contact),
    events: (event) => (isRecord(event) ? upgradeEventV3(event) : event),
    eventTags: (tag) => (isRecord(tag) ? upgradeEventTagV3(tag) : tag),
    settings: (settings) => (isRecord(settings) ? upgradeSettingsV3(settings) : settings),
  },
};

/** Walks one record from `fromVersion` up to BACKUP_VERSION; null when a step is missing. */
export function upgradeRecord(kind: RecordKind | 'settings', record: unknown, fromVersion: number): { record: unknown } | null {
  let current = record;
  for (let version = fromVersion; version < BACKUP_VERSION; version++) {
    const steps = MIGRATIONS[version];
    if (!steps) return null;
    current = steps[kind]?.(current) ?? current;
  }
  return { record: current };
}

function upgradeContactV1(contact: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...contact, received: [] };
  if (typeof contact.notes === 'string') next.notes = cleanNotes(contact.notes);
  if (Array.isArray(contact.tags) && contact.tags.every((t) => typeof t === 'string')) next.tags = cleanTags(contact.tags as string[]);
  if (Array.isArray(contact.meetings) && contact.meetings.length > MEETINGS_PER_CONTACT) {
    next.meetings = [contact.meetings[0], ...contact.meetings.slice(contact.meetings.length - MEETINGS_PER_CONTACT + 1)];
  }
  return next;
}

function upgradeContactV2(contact: Record<string, unknown>): Record<string, unknown> {
  const received = Array.isArray(contact.received) ? contact.received.map((version: unknown) => (isRecord(version) ? { ...version, nameParts: null } : version)) : contact.received;
  return { ...contact, nameParts: null, received, ...noPaperCard() };
}

function upgradeEventV1(event: Record<string, unknown>): Record<string, unknown> {
  const next = { ...event };
  for (const key of ['name', 'place', 'organizer']) {
    const value = event[key];
    if (typeof value === 'string') next[key] = capLength(cleanLine(value), EVENT_TEXT_CAP).trimEnd();
  }
  if (typeof event.notes === 'string') next.notes = cleanNotes(event.notes);
  return next;
}

// Migrations see unchecked data: they change only what has the expected shape and leave the
// rest for the check to refuse.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
