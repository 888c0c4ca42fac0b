// The data model shared by every layer. Pure types: no DOM, no IndexedDB, no Solid.

/** The person-facing fields of a business card. Email only: no phone, no messaging IDs, by design. */
export interface CardFields {
  name: string;
  /** Name reading (furigana), e.g. "やまだ たろう". */
  reading: string;
  org: string;
  title: string;
  email: string;
  website: string;
  /** A one-line "what I do". */
  tagline: string;
}

/**
 * A person's name in vCard's structured parts (the `N` property, RFC 6350 §6.2.2), which phones
 * sort by. Each part is a list because vCard allows several (two given names, three suffixes);
 * the readings (furigana, or any phonetic spelling) go with the family, given and middle names.
 */
export interface NameParts {
  family: string[];
  given: string[];
  /** Additional (middle) names. */
  middle: string[];
  /** Honorific prefixes ("Dr."). */
  prefix: string[];
  /** Honorific suffixes ("Jr.", "M.D."). */
  suffix: string[];
  familyReading: string;
  givenReading: string;
  middleReading: string;
}

/** One of the user's own cards ("Work", "Side project"). */
export interface MyCard extends CardFields {
  id: string;
  label: string;
  /** "A separate address for each event": while an event is current, Show puts `local+tag@domain` on the card. */
  perEventAddress: boolean;
  createdAt: number;
  updatedAt: number;
}

/** Every place a contact's card can come from (a list, so stored data can be checked against it). */
export const CARD_SOURCES = ['meishi', 'vcard', 'mecard', 'mailto', 'import', 'manual', 'paper'] as const;
/** Where a contact's card came from. */
export type CardSource = (typeof CARD_SOURCES)[number];

/** One time the user met a contact. */
export interface Meeting {
  at: number;
  eventId: string | null;
  source: CardSource;
}

/** A card received again for someone already in Contacts: kept, never applied by itself. */
export interface CardVersion {
  at: number;
  source: CardSource;
  card: CardFields;
  /** The name's parts this card came with (null: none); they go with its name if the person takes it. */
  nameParts: NameParts | null;
  /** The person has decided on its differences (kept theirs, or took what they wanted). */
  settled: boolean;
}

/** The flags a person can earn at an event. */
export const FLAG_IDS = ['line', 'referral', 'network'] as const;
/** A flag: pushed for LINE, referral on the spot, network-marketing pitch. */
export type FlagId = (typeof FLAG_IDS)[number];

/** A person the user met. */
export interface Contact {
  id: string;
  /** The card as it is now (the user may edit it). */
  card: CardFields;
  /** The card exactly as first received, kept for reference. */
  original: CardFields;
  /**
   * The name's parts as received (a vCard's `N` and its readings) or as corrected in the card
   * editor; written back unchanged on export. Null when none were ever given (a Meishi card, a
   * hand-entered contact): the parts are then guessed from `card.name` and `card.reading`.
   */
  nameParts: NameParts | null;
  /** Cards received later for the same person, oldest first; their details change nothing by themselves. */
  received: CardVersion[];
  /** Further addresses from the received card, beyond the preferred one in `card.email`. */
  extraEmails: string[];
  meetings: Meeting[];
  notes: string;
  flags: FlagId[];
  tags: string[];
  /** Follow-up moment (epoch ms), or null for none. */
  followUpAt: number | null;
  /** Whether the follow-up has a time of day, or only a date. */
  followUpHasTime: boolean;
  /** The user has followed up. */
  followUpDone: boolean;
  /** For a time-limited card: when its details must go. */
  expiresAt: number | null;
  /** When the card's details were dropped at expiry (null while still valid). */
  expiredAt: number | null;
  createdAt: number;
  updatedAt: number;
  /** The photos of the person's paper card, front first (ids in the photos store); none for a card not photographed. */
  photoIds: string[];
  /** Every line read from the paper card, front then back ('' for none): searched, never exported. */
  paperText: string;
}

/** The image formats a kept card photo may be in (what the photo preparation writes). */
export const PHOTO_TYPES = ['image/webp', 'image/jpeg'] as const;
/** The image format of a kept card photo. */
export type PhotoType = (typeof PHOTO_TYPES)[number];

/**
 * A photo of a contact's paper card. Bytes as an ArrayBuffer, not a Blob: Safari (and
 * fake-indexeddb) cannot always keep Blobs in IndexedDB.
 */
export interface ContactPhoto {
  id: string;
  contactId: string;
  type: PhotoType;
  data: ArrayBuffer;
}

/** Signs that an event is a front for network marketing. */
export const WARNING_SIGN_IDS = [
  'referral-regulars',
  'lifestyle-photos',
  'men-pay-more',
  'weekly-events',
  'line-referral-push',
  'network-pitches',
] as const;
/** Signs of a genuine event. */
export const GOOD_SIGN_IDS = ['few-events-a-month', 'real-company'] as const;
/** One checklist item on an event. */
export type SignId = (typeof WARNING_SIGN_IDS)[number] | (typeof GOOD_SIGN_IDS)[number];

/** The user's verdict on an event. */
export type Verdict = 'again' | 'not-again' | null;

/** A networking event. */
export interface MeishiEvent {
  id: string;
  name: string;
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  place: string;
  organizer: string;
  organizerUrl: string;
  notes: string;
  signs: SignId[];
  verdict: Verdict;
  /** Position in the post-event review, so it can be resumed. */
  reviewIndex: number;
  reviewDone: boolean;
  createdAt: number;
  updatedAt: number;
}

/** An empty card, for forms and defaults. */
export function makeEmptyCard(): CardFields {
  return { name: '', reading: '', org: '', title: '', email: '', website: '', tagline: '' };
}
