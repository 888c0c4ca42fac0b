import type { CardFields } from './types';

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
