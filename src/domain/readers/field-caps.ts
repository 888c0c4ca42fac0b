import { FIELD_CAPS } from '../caps';

// The card caps are the form's caps (one source of truth); a received note has its own,
// smaller cap because it is someone else's text landing in the user's notes.

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
