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
/** The longest event name, place and organizer the event form accepts. */
export const EVENT_TEXT_CAP = 100;

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

// The backup check's caps for fields no form caps. Generous on purpose (see the top).

/** The longest record id (the app writes UUIDs, 36 characters). */
export const ID_CAP = 100;
/** The longest event name, place or organiser in a backup (the event form allows EVENT_TEXT_CAP). */
export const BACKUP_EVENT_TEXT_CAP = 500;
/** The longest tag on a contact (the tag input has no cap of its own yet, so this is loose). */
export const TAG_CAP = 10_000;
/** The longest follow-up email subject in the template setting. */
export const TEMPLATE_SUBJECT_CAP = 1000;
/** The longest app version string in a backup's header. */
export const APP_VERSION_CAP = 100;

/** The most per-event addresses the tag map (and so a backup) may hold: years of events, far past 10,000. */
export const TAG_MAP_CAP = 100_000;
/** The most changes of the current event the log keeps: years of events at a few a month. */
export const CURRENT_EVENT_LOG_CAP = 200;
