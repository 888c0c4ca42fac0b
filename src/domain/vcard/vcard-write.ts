// Writes cards as vCard 3.0 (the default: what iOS and Android import most reliably) or 4.0.
// N carries the name's parts as they were received (or corrected), each part a comma list;
// without them, the parts are guessed from the one-line name. Name readings travel three ways
// so every phone sorts 山田 under や (and René van der Harten, whose card says so, under H):
// X-PHONETIC-* (iOS and Android), SORT-STRING (3.0) and the SORT-AS parameter on N (4.0).

import { isSaneTime } from '../caps';
import { safeWebsite } from '../card/website';
import { escapeText as esc, foldLine, joinCrlf, quoteParam } from '../text/content-lines';
import type { CardFields, NameParts } from '../types';
import { guessNameParts, readingFromParts, withReadings } from '../card/person-name';

/** One contact to write. */
export interface VCardInput {
  card: CardFields;
  /** The name's parts; null or absent: guessed from `card.name` and `card.reading`. */
  nameParts?: NameParts | null;
  /** Free text; written to NOTE after the card's tagline. */
  note?: string;
  categories?: string[];
  /** Last change, epoch ms. */
  rev?: number;
  uid?: string;
  /** Addresses beyond the preferred `card.email`. */
  extraEmails?: string[];
}

/** The vCard version to write. */
export type VCardVersion = '3.0' | '4.0';

/** Options for `writeVCard`. */
export interface VCardOptions {
  version?: VCardVersion;
}

/**
 * One vCard, CRLF line ends, folded at 75 octets. Empty properties are omitted. FN falls back
 * to the email (then the organisation) when there is no name. NOTE holds the tagline, then the
 * note, on separate lines.
 */
export function writeVCard(input: VCardInput, options: VCardOptions = {}): string {
  const v4 = options.version === '4.0';
  const card = input.card;
  const name = withReadings(input.nameParts ?? guessNameParts(card.name, card.reading), card.reading);
  const lines = ['BEGIN:VCARD', v4 ? 'VERSION:4.0' : 'VERSION:3.0'];
  const sortAs = v4 ? sortAsParam([name.familyReading, name.givenReading, name.middleReading]) : '';
  // N is required in 3.0, so it is written even when empty.
  const n = [name.family, name.given, name.middle, name.prefix, name.suffix].map((items) => items.map(esc).join(',')).join(';');
  lines.push(`N${sortAs}:${n}`);
  lines.push(`FN:${esc(card.name.trim() || card.email.trim() || card.org.trim())}`);
  // The family name's sort text first (RFC 2426 §3.6.5), whatever order the name is written in:
  // "Harten Rene", not the one-line reading "Rene Harten" that would sort him under R.
  if (!v4) push(lines, 'SORT-STRING', readingFromParts(name, true));
  push(lines, 'X-PHONETIC-LAST-NAME', name.familyReading);
  push(lines, 'X-PHONETIC-FIRST-NAME', name.givenReading);
  push(lines, 'X-PHONETIC-MIDDLE-NAME', name.middleReading);
  push(lines, 'ORG', card.org);
  push(lines, 'TITLE', card.title);
  emailLines(lines, [card.email, ...(input.extraEmails ?? [])], v4);
  const url = card.website.trim() ? safeWebsite(card.website) : null;
  // A URI value is written as is: the URL parser already removed spaces and controls.
  if (url) lines.push(`URL:${url}`);
  push(lines, 'NOTE', [card.tagline.trim(), input.note?.trim() ?? ''].filter(Boolean).join('\n'));
  const categories = (input.categories ?? []).map((c) => c.trim()).filter(Boolean);
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.map(esc).join(',')}`);
  if (input.rev !== undefined && isValidTime(input.rev)) lines.push(`REV:${utcStamp(input.rev)}`);
  push(lines, 'UID', input.uid ?? '');
  lines.push('END:VCARD');
  return joinCrlf(lines.map((line) => foldLine(line)));
}

/** Many vCards in one file, as phones import them. */
export function writeVCards(inputs: readonly VCardInput[], options: VCardOptions = {}): string {
  return inputs.map((input) => writeVCard(input, options)).join('');
}

function push(lines: string[], property: string, value: string): void {
  const trimmed = value.trim();
  if (trimmed) lines.push(`${property}:${esc(trimmed)}`);
}

/** Preferred address first, duplicates dropped; PREF marks the first only when there are several. */
function emailLines(lines: string[], emails: string[], v4: boolean): void {
  const seen = new Set<string>();
  const unique = emails.map((e) => e.trim()).filter((e) => e && !seen.has(e.toLowerCase()) && seen.add(e.toLowerCase()));
  unique.forEach((email, i) => {
    const pref = i === 0 && unique.length > 1;
    const params = v4 ? (pref ? ';PREF=1' : '') : pref ? ';TYPE=INTERNET,PREF' : ';TYPE=INTERNET';
    lines.push(`EMAIL${params}:${esc(email)}`);
  });
}

/**
 * `;SORT-AS="family,given,middle"` (RFC 6350 §5.9: one sort string per N component, in order),
 * trailing empty ones left out; '' when there is no reading. A comma inside a reading would
 * start a new item, so it becomes a space.
 */
function sortAsParam(readings: string[]): string {
  const items = readings.map((s) => s.trim().replace(/,/g, ' '));
  while (items.length > 0 && !items[items.length - 1]) items.pop();
  return items.length > 0 ? `;SORT-AS=${quoteParam(items.join(','))}` : '';
}

function isValidTime(ms: number): boolean {
  return isSaneTime(ms);
}

/** 20261124T175300Z */
function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

// Control and bidi-control characters, and what Windows, macOS or Android refuse in a file name.
const UNSAFE_FILE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\\/:*?"<>|]/g;
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const FILE_NAME_CAP = 80;

/** A safe download name for a person's vCard, e.g. "山田 太郎.vcf"; "contact.vcf" when nothing is left. */
export function vcardFileName(name: string): string {
  const cleaned = name.normalize('NFC').replace(UNSAFE_FILE_CHARS, ' ').replace(/\s+/gu, ' ');
  // Leading dots hide a file; trailing dots and spaces are dropped by Windows.
  const trim = (s: string) => s.replace(/^[\s.]+|[\s.]+$/gu, '');
  let base = trim(Array.from(trim(cleaned)).slice(0, FILE_NAME_CAP).join(''));
  if (!base) return 'contact.vcf';
  if (WINDOWS_DEVICE_NAMES.test(base)) base = `${base}_`;
  return `${base}.vcf`;
}
