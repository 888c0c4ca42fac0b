import type { CardFields } from './types';

// Every size cap in one place: the forms, the readers of foreign text, storage and the backup
// check all take theirs from here. The backup's caps must stay at or above what any input
// allows, or a backup the app itself wrote would not restore.

/** The longest each card field may be, in characters (after normalisation). */
export const FIELD_CAPS: Readonly<Record<keyof CardFields, number>> = {
  name: 100,
  reading: 100,
  org: 100,
  title: 100,
  // RFC 5321: a path is at most 254 characters.
  email: 254,
  website: 2048,
  tagline: 140,
};

/** The longest label of one of the user's own cards ("Work", "Side project"). */
export const LABEL_CAP = 40;
/** The longest free-text note on a contact or event. */
export const NOTE_CAP = 10_000;
/** The longest event name, place and organizer (the event form and quick add; backups too). */
export const EVENT_TEXT_CAP = 100;
/** The longest tag on a contact, after cleaning. */
export const TAG_CAP = 100;
/** The most tags one contact keeps. */
export const TAGS_PER_CONTACT = 20;
/** The most meetings one contact keeps (the first, and the latest after it). */
export const MEETINGS_PER_CONTACT = 1000;
/** The most later cards kept in a contact's history (the newest). */
export const CARD_HISTORY_CAP = 10;
/** The longest follow-up email subject and body in the template setting. */
export const TEMPLATE_CAPS = { subject: 300, body: 5000 } as const;

// Foreign text (a scanned code, an imported .vcf): the card caps are the form's caps; a
// received note has its own, smaller cap because it is someone else's text landing in the
// user's notes.

/** The longest each field read from foreign text may be, in UTF-16 units after cleaning. */
export const READ_CAPS = {
  name: FIELD_CAPS.name,
  reading: FIELD_CAPS.reading,
  org: FIELD_CAPS.org,
  title: FIELD_CAPS.title,
  email: FIELD_CAPS.email,
  website: FIELD_CAPS.website,
  tagline: FIELD_CAPS.tagline,
  note: 2000,
} as const;

/** The most further addresses kept from one card (a hostile card could list thousands). */
export const EXTRA_EMAILS_CAP = 20;

/** The most items one part of a structured name holds (two given names, three suffixes…). */
export const NAME_PART_ITEMS_CAP = 10;
/** The longest single item of a name part, and the longest reading of one part. */
export const NAME_PART_CAP = FIELD_CAPS.name;

// Reading a hostile card must take time in proportion to what is kept, not to what it holds:
// a card with 3,000,000 URL lines must not cost 3,000,000 URL parses.

/** The most invalid values of one property (EMAIL, URL) a reader tries before it gives up on the rest. */
export const INVALID_VALUES_CAP = 5;
/** The most values of one property a reader decodes from one card; later ones are read past. */
export const VALUES_PER_PROPERTY_CAP = 1 + EXTRA_EMAILS_CAP + INVALID_VALUES_CAP;

// The backup check's caps for what no person types.

/** The longest record id (the app writes UUIDs, 36 characters). */
export const ID_CAP = 100;
/** The longest app version string in a backup's header. */
export const APP_VERSION_CAP = 100;

// Times: every moment the app stores (meetings, follow-ups, expiries, edits) lies between these.
// JavaScript dates reach ±8.64e15 ms, but a follow-up in the year 275760 only breaks the screens
// and files that show it; refusing it where it enters keeps every stored time printable.

/** The earliest moment the app accepts (1970-01-01). */
export const TIME_MIN = 0;
/** The latest moment the app accepts (2200-01-01). */
export const TIME_MAX = Date.UTC(2200, 0, 1);

/** Whether a value is a moment the app can store and show. */
export function isSaneTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= TIME_MIN && value <= TIME_MAX;
}

// Times from outside (a link, a backup, a typed date) are refused when out of range; the
// device's own clock cannot be refused — the app must go on working when it is set to 1960 or
// 2300 — so what it stamps is held to the range instead, and so is a stored time a backup writes.

/** The moment held within TIME_MIN–TIME_MAX (the nearest end when outside; NaN as TIME_MIN). */
export function clampTime(value: number): number {
  if (Number.isNaN(value)) return TIME_MIN;
  return Math.min(TIME_MAX, Math.max(TIME_MIN, value));
}

/** The first day an event may be dated (YYYY-MM-DD): the first day of TIME_MIN's year. */
export const DATE_MIN = '1970-01-01';
/** The last day an event may be dated: the last whole day before TIME_MAX. */
export const DATE_MAX = '2199-12-31';

/** Whether a string is a calendar date (YYYY-MM-DD) that exists and lies between DATE_MIN and DATE_MAX. */
export function isSaneDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match || value < DATE_MIN || value > DATE_MAX) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 2026-02-30 over into March: a date that exists comes back unchanged.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date as kept: '' (none) and sane dates as they are, one outside the range at its nearest end, anything else ''. */
export function clampDate(value: string): string {
  if (value === '' || isSaneDate(value)) return value;
  const shaped = /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (shaped && value < DATE_MIN) return DATE_MIN;
  if (shaped && value > DATE_MAX) return DATE_MAX;
  return '';
}

/** The most per-event addresses the tag map (and so a backup) may hold: years of events, far past 10,000. */
export const TAG_MAP_CAP = 100_000;
/** The most changes of the current event the log keeps: years of events at a few a month. */
export const CURRENT_EVENT_LOG_CAP = 200;

// Paper cards: what a contact keeps of the card it was typed from.

/** The largest kept photo of a paper card, in bytes (the photo preparation writes it within this). */
export const PHOTO_BYTES_CAP = 250 * 1024;
/** The longest side of a kept card photo, in pixels. */
export const PHOTO_LONG_SIDE = 1600;
/** The most photos one contact keeps: the card's front and back. */
export const PHOTOS_PER_CONTACT = 2;
/** The longest recognised text kept with a contact (a card holds a few hundred characters). */
export const RECOGNISED_TEXT_CAP = 4000;
