import { NAME_PART_CAP, NAME_PART_ITEMS_CAP, NOTE_CAP, TAG_CAP, TAGS_PER_CONTACT } from '../caps';

// Text from forms and, above all, from scanned codes is cleaned the same way everywhere. Every
// cleaning here is idempotent — cleaning its own output changes nothing — because a backup check
// cleans what it reads again: text cleaned twice must come back as it was stored. So characters
// are removed before NFC (removing one can bring a letter and its accent together, which NFC
// would then compose), and a cut never leaves what the next cleaning would change.

// C0/C1 controls, and the bidi controls that can make "moc.elpmaxe" look like "example.com".
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_KEEP_NEWLINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Characters that show nothing: zero-width space and word joiner, the byte-order mark, soft
 * hyphen, the Hangul fillers (U+3164 and friends look like a blank letter), the Braille blank,
 * the Mongolian vowel separator, invisible math operators, the deprecated format characters
 * (U+206A–U+206F), the combining grapheme joiner, variation selectors and tag characters. They
 * let two names or addresses that look the same differ, so one-line text drops them.
 */
export const INVISIBLE = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u2060-\u2064\u206a-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/gu;
const INVISIBLE_TEST = new RegExp(INVISIBLE.source, 'u');

// Zero-width joiners are real parts of emoji and of some scripts (Persian, Indic), but not at
// the edge of a word, where they only hide something.
const JOINERS = /[\u200c\u200d]/;
const LOOSE_JOINERS = /(^|\s)[\u200c\u200d]+|[\u200c\u200d]+(?=\s|$)/gu;

/** One line of text: no control, bidi-control or invisible characters, NFC, whitespace runs collapsed, trimmed. */
export function cleanLine(value: string): string {
  // Removed before NFC; the joiners' neighbours (white space, the ends) never compose, so
  // dropping them after NFC leaves it NFC; white space is collapsed after they are gone.
  return value.replace(CONTROLS, ' ').replace(INVISIBLE, '').normalize('NFC').replace(LOOSE_JOINERS, '$1').replace(/\s+/gu, ' ').trim();
}

/**
 * An email address as typed or read: controls as spaces, NFC, trimmed — but invisible characters
 * are left in, so that the address check refuses it rather than cleaning one address into
 * another ("hana\u3164ko@" must not become "hanako@").
 */
export function cleanAddress(value: string): string {
  return value.replace(CONTROLS, ' ').normalize('NFC').trim();
}

/** Whether text is ASCII only: checks then need no Unicode classes, which are slow to compile on first use. */
export function isAscii(value: string): boolean {
  return !/[^\0-\x7f]/.test(value);
}

/** Whether text holds a character that shows nothing (addresses with one are refused, not cleaned). */
export function hasInvisible(value: string): boolean {
  return INVISIBLE_TEST.test(value) || JOINERS.test(value);
}

/** Multi-line text (notes): CRLF/CR as LF, controls removed, NFC, trimmed. */
export function cleanMultiline(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROLS_KEEP_NEWLINES, '').normalize('NFC').trim();
}

// What continues the character before it: combining marks (accents, variation selectors, Indic
// vowel signs), the Hangul vowels and final consonants that compose with the syllable before
// them, and the one letter that composes with the letter before it (Kirat Rai's vowel sign E,
// doubled). A cut before one would change the letter before it, or leave text NFC recomposes.
const CONTINUES = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff\u{16d67}]/u;

/**
 * Cuts a string to at most `max` UTF-16 units without splitting a character: never inside a
 * surrogate pair, never between a letter and its marks, and never just after a joiner (which
 * would join nothing). Cleaned text cut this way is still clean.
 */
export function capLength(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = Math.max(0, max);
  while (end > 0 && (isLowSurrogateAt(value, end) || CONTINUES.test(value.slice(end, end + 2)))) end--;
  while (end > 0 && JOINERS.test(value[end - 1]!)) end--;
  return value.slice(0, end);
}

function isLowSurrogateAt(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** One line cleaned, then cut to `max` units: what every one-line field with a cap stores. */
export function capLine(value: string, max: number): string {
  // Clean text cut by capLength only needs the space before the cut trimmed.
  return capLength(cleanLine(value), max).trimEnd();
}

/** Multi-line text cleaned, then cut to `max` units (NFC can make text longer than what was typed). */
export function capMultiline(value: string, max: number): string {
  return capLength(cleanMultiline(value), max).trimEnd();
}

/** Notes as stored: cleaned, then capped. */
export function cleanNotes(value: string): string {
  return capMultiline(value, NOTE_CAP);
}

/** Tags as stored: each one clean line within TAG_CAP, no empty ones or repeats, at most TAGS_PER_CONTACT. */
export function cleanTags(values: readonly string[]): string[] {
  const tags = new Set<string>();
  for (const value of values) {
    const tag = capLine(value, TAG_CAP);
    if (tag) tags.add(tag);
    if (tags.size === TAGS_PER_CONTACT) break;
  }
  return [...tags];
}

// Lists typed on one line are separated by commas, Japanese ones too.
const LIST_SEPARATORS = /[,、，]/;

/** Tags typed on one line, separated by commas. */
export function parseTagsText(text: string): string[] {
  return cleanTags(text.split(LIST_SEPARATORS));
}

/** A name part's items typed on one line ("Philip, Paul"): each a clean line within NAME_PART_CAP, no empty ones, at most NAME_PART_ITEMS_CAP. */
export function parseNamePartText(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((item) => capLine(item, NAME_PART_CAP))
    .filter(Boolean)
    .slice(0, NAME_PART_ITEMS_CAP);
}
