import { NOTE_CAP, TAG_CAP, TAGS_PER_CONTACT } from '../caps';

// Text from forms and, above all, from scanned codes is cleaned the same way everywhere.

// C0/C1 controls, and the bidi controls that can make "moc.elpmaxe" look like "example.com".
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_KEEP_NEWLINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Characters that show nothing: zero-width space and word joiner, the byte-order mark, soft
 * hyphen, the Hangul fillers (U+3164 and friends look like a blank letter), the Mongolian vowel
 * separator, invisible math operators and the combining grapheme joiner. They let two names or
 * addresses that look the same differ, so one-line text drops them.
 */
export const INVISIBLE = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u2060-\u2064\u3164\ufeff\uffa0]/gu;
const INVISIBLE_TEST = new RegExp(INVISIBLE.source, 'u');

// Zero-width joiners are real parts of emoji and of some scripts (Persian, Indic), but not at
// the edge of a word, where they only hide something.
const LOOSE_JOINERS = /(^|\s)[\u200c\u200d]+|[\u200c\u200d]+(?=\s|$)/gu;

/** One line of text: NFC, no control, bidi-control or invisible characters, whitespace runs collapsed, trimmed. */
export function cleanLine(value: string): string {
  return value.normalize('NFC').replace(CONTROLS, ' ').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim().replace(LOOSE_JOINERS, '$1').trim();
}

/**
 * An email address as typed or read: NFC, controls as spaces, trimmed — but invisible characters
 * are left in, so that the address check refuses it rather than cleaning one address into
 * another ("hana\u3164ko@" must not become "hanako@").
 */
export function cleanAddress(value: string): string {
  return value.normalize('NFC').replace(CONTROLS, ' ').trim();
}

/** Whether text holds a character that shows nothing (addresses with one are refused, not cleaned). */
export function hasInvisible(value: string): boolean {
  return INVISIBLE_TEST.test(value) || /[\u200c\u200d]/.test(value);
}

/** Multi-line text (notes): NFC, CRLF/CR as LF, controls removed, trailing space trimmed. */
export function cleanMultiline(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS_KEEP_NEWLINES, '')
    .trim();
}

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
export function capLength(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/** Notes as stored: cleaned, then capped (NFC can make text longer than what was typed). */
export function cleanNotes(value: string): string {
  return capLength(cleanMultiline(value), NOTE_CAP).trimEnd();
}

/** Tags as stored: each one clean line within TAG_CAP, no empty ones or repeats, at most TAGS_PER_CONTACT. */
export function cleanTags(values: readonly string[]): string[] {
  const tags = new Set<string>();
  for (const value of values) {
    const tag = capLength(cleanLine(value), TAG_CAP).trimEnd();
    if (tag) tags.add(tag);
    if (tags.size === TAGS_PER_CONTACT) break;
  }
  return [...tags];
}

/** Tags typed on one line, separated by commas (Japanese ones too). */
export function parseTagsText(text: string): string[] {
  return cleanTags(text.split(/[,、，]/));
}
