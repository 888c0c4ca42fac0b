import { VALUES_PER_PROPERTY_CAP } from '../caps';
import { hasKana, isCjk, nameFromParts, readingFromParts, withReadings } from '../card/person-name';
import type { NameParts } from '../types';
import { finishCard, type RawCard, type ReadResult } from './finish-card';
import { findCardRanges, paramValues, readProperties, splitComponents, splitLines, unescapeText, type RawProperty } from './vcard-lines';

// Reads vCard 2.1, 3.0 and 4.0: the properties vcard-lines.ts found, decoded and turned into
// a card. Meishi keeps email only: TEL, ADR, PHOTO and the rest are read past and dropped, so
// a flaw in them (say, broken quoted-printable in an Outlook LABEL) does not cost the card.

const NO_PREFERENCE = 1000;

/** A property's decoded (not yet unescaped) value and the parameters a card needs. */
interface DecodedProperty {
  value: string;
  /** TYPE values, upper case (2.1 bare words included). */
  types: string[];
  /** Preference rank: 1 is most preferred (PREF=1, TYPE=pref, 2.1 PREF); none sorts last. */
  rank: number;
  sortAs: string[];
}

/** The properties a card is made of; everything else (TEL, ADR, PHOTO…) is never decoded. */
const VCARD_FIELD_NAMES: ReadonlySet<string> = new Set([
  'FN', 'N', 'ORG', 'TITLE', 'EMAIL', 'URL', 'NOTE', 'SORT-STRING', 'SOUND', 'X-KANA',
  'X-PHONETIC-FIRST-NAME', 'X-PHONETIC-MIDDLE-NAME', 'X-PHONETIC-LAST-NAME',
]);

/** Reads the first vCard in a text (a scanned QR code); see `parseVCardFile` for many. */
export function parseVCard(text: string): ReadResult {
  const lines = splitLines(text);
  const range = findCardRanges(lines)[0];
  if (!range) return { ok: false, error: { kind: 'not-a-card' } };
  return parseVCardLines(lines, range.begin, range.end);
}

/** Reads the card whose BEGIN:VCARD is `lines[begin]` and END:VCARD is `lines[end]` (-1: missing). */
export function parseVCardLines(lines: readonly string[], begin: number, end: number): ReadResult {
  if (end < 0) return { ok: false, error: { kind: 'malformed', detail: 'no END:VCARD' } };
  const props = new Map<string, DecodedProperty[]>();
  // The first few values of each property the card is made of; the rest are read past, so a
  // card with millions of URL lines costs one pass over its lines and no more.
  const counts = new Map<string, number>();
  const keep = (name: string): boolean => {
    if (!VCARD_FIELD_NAMES.has(name)) return false;
    const count = counts.get(name) ?? 0;
    counts.set(name, count + 1);
    return count < VALUES_PER_PROPERTY_CAP;
  };
  for (const property of readProperties(lines, begin, end, keep)) {
    const { name } = property.head;
    const decoded = decode(property);
    if (!decoded) return { ok: false, error: { kind: 'malformed', detail: `broken quoted-printable in ${name}` } };
    const list = props.get(name);
    if (list) list.push(decoded);
    else props.set(name, [decoded]);
  }
  return finishCard(vcardFields(props), 'vcard');
}

function decode(property: RawProperty): DecodedProperty | null {
  const { head } = property;
  // CHARSET matters only for quoted-printable bytes: plain text was decoded with the file.
  const value = property.encoding === 'qp' ? decodeQuotedPrintable(property.value, paramValues(head, 'CHARSET')[0]) : property.value;
  if (value === null) return null;
  const types = paramValues(head, 'TYPE');
  const pref = Number(paramValues(head, 'PREF')[0]);
  const rank = Number.isInteger(pref) && pref >= 1 ? pref : types.includes('PREF') ? 1 : NO_PREFERENCE;
  return { value, types, rank, sortAs: head.params.get('SORT-AS') ?? [] };
}

/** The card fields of a vCard's properties, keyed by upper-case property name. */
function vcardFields(props: ReadonlyMap<string, DecodedProperty[]>): RawCard {
  const text = (name: string): string => unescapeText(props.get(name)?.[0]?.value ?? '');
  const n = props.get('N')?.[0];
  const fn = text('FN');
  const parts = n ? nameParts(n.value) : null;
  const names = parts ? [...parts.family, ...parts.given].join(' ') : '';
  const familyFirst = names.trim() ? isCjk(names) : fn ? isCjk(fn) : true;
  if (parts) Object.assign(parts, readingParts(props, n, parts));
  return {
    // FN is the name as its owner wants it shown; N is the fallback.
    name: fn.trim() ? fn : parts ? nameFromParts(parts) : '',
    reading: parts && hasReading(parts) ? readingFromParts(parts, familyFirst) : wholeReading(props, names || fn),
    nameParts: parts,
    org: splitComponents(props.get('ORG')?.[0]?.value ?? '', ';').map(unescapeText).filter((p) => p.trim()).join(' '),
    title: text('TITLE'),
    emails: byPreference(props.get('EMAIL')),
    websites: byPreference(props.get('URL')),
    note: text('NOTE'),
  };
}

/** N's five components (family; given; additional; prefixes; suffixes), each a comma list, unescaped. */
function nameParts(value: string): NameParts {
  const [family = [], given = [], middle = [], prefix = [], suffix = []] = splitComponents(value, ';').map((part) => splitComponents(part, ',').map(unescapeText));
  return { family, given, middle, prefix, suffix, familyReading: '', givenReading: '', middleReading: '' };
}

type ReadingParts = Pick<NameParts, 'familyReading' | 'givenReading' | 'middleReading'>;

function hasReading(parts: ReadingParts): boolean {
  return Boolean(parts.familyReading.trim() || parts.givenReading.trim() || parts.middleReading.trim());
}

// The reading of each name part, most explicit first: X-PHONETIC-* (iOS, Android), the
// SORT-AS parameter of N (4.0; RFC 6350 separates the parts with ",", Android writes ";"),
// feature phones' SOUND;X-IRMC-N:ﾔﾏﾀﾞ;ﾀﾛｳ;;; (a plain SOUND is an audio clip), and 3.0's one
// SORT-STRING, split over the parts family first: RFC 2426 makes it the family name's sort
// text ("Harten" for van der Harten), so "Harten Rene" is not read in the name's given-first order.
function readingParts(props: ReadonlyMap<string, DecodedProperty[]>, n: DecodedProperty | undefined, parts: NameParts): ReadingParts {
  const text = (key: string): string => unescapeText(props.get(key)?.[0]?.value ?? '');
  const phonetic = { familyReading: text('X-PHONETIC-LAST-NAME'), givenReading: text('X-PHONETIC-FIRST-NAME'), middleReading: text('X-PHONETIC-MIDDLE-NAME') };
  if (hasReading(phonetic)) return phonetic;
  const sortAs = (n?.sortAs ?? []).flatMap((item) => item.split(';')).map((item) => item.trim());
  if (isReading(sortAs.join(' '))) return { familyReading: sortAs[0] ?? '', givenReading: sortAs[1] ?? '', middleReading: sortAs[2] ?? '' };
  const irmc = props.get('SOUND')?.find((sound) => sound.types.includes('X-IRMC-N'));
  if (irmc) {
    const [familyReading = '', givenReading = '', middleReading = ''] = splitComponents(irmc.value, ';').map(unescapeText);
    return { familyReading, givenReading, middleReading };
  }
  const sortString = text('SORT-STRING');
  const { familyReading, givenReading, middleReading } = isReading(sortString) ? withReadings(parts, sortString, true) : parts;
  return { familyReading, givenReading, middleReading };
}

// A reading given as one string, for a card whose N has no reading parts (or that has no N).
function wholeReading(props: ReadonlyMap<string, DecodedProperty[]>, name: string): string {
  const text = (key: string): string => unescapeText(props.get(key)?.[0]?.value ?? '');
  const phonetic = [text('X-PHONETIC-LAST-NAME'), text('X-PHONETIC-FIRST-NAME'), text('X-PHONETIC-MIDDLE-NAME')];
  if (phonetic.some((part) => part.trim())) {
    const [last, first, middle] = phonetic;
    return (isCjk(name || phonetic.join('')) ? [last, first, middle] : [first, middle, last]).filter((part) => part?.trim()).join(' ');
  }
  const sortString = text('SORT-STRING');
  if (isReading(sortString)) return sortString;
  const irmc = props.get('SOUND')?.find((sound) => sound.types.includes('X-IRMC-N'));
  if (irmc) return splitComponents(irmc.value, ';').map(unescapeText).filter((part) => part.trim()).join(' ');
  return text('X-KANA');
}

// A sort key (SORT-AS, SORT-STRING) is kept as the name's reading: kana, pinyin for a Chinese
// name, or a Latin sorting hint ("Harten" for "van der Harten"), which phones sort by and the
// export must write back. Only a key in Han or Hangul without kana is dropped: that is the name
// written again and says nothing about how it is read or sorted.
function isReading(key: string): boolean {
  if (!key.trim()) return false;
  return hasKana(key) || !isCjk(key);
}

function byPreference(list: DecodedProperty[] | undefined): string[] {
  if (!list) return [];
  // Array.prototype.sort is stable: equal ranks keep the card's order.
  return [...list].sort((a, b) => a.rank - b.rank).map((p) => unescapeText(p.value));
}

// vCard 2.1 writers (Android, Outlook, feature phones) put non-ASCII text in quoted-printable
// bytes of a declared CHARSET; the bytes only mean something once decoded with it. (The
// charset of a whole file is vcard-file.ts's business.)

const decoders = new Map<string, TextDecoder>();

/** A decoder for a CHARSET label (UTF-8, SHIFT_JIS, ISO-8859-1, …); UTF-8 for an unknown label. */
function decoderFor(charset: string | undefined): TextDecoder {
  const label = (charset ?? 'utf-8').trim().toLowerCase() || 'utf-8';
  let decoder = decoders.get(label);
  if (!decoder) {
    try {
      decoder = new TextDecoder(label);
    } catch {
      decoder = decoderFor('utf-8');
    }
    decoders.set(label, decoder);
  }
  return decoder;
}

/** Decodes a quoted-printable value with its charset; null if an `=` is not followed by two hex digits. */
function decodeQuotedPrintable(value: string, charset: string | undefined): string | null {
  const decoder = decoderFor(charset);
  let out = '';
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length > 0) out += decoder.decode(Uint8Array.from(bytes));
    bytes = [];
  };
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x3d) {
      // A lone "=" at the very end is a soft line break with nothing after it.
      if (i === value.length - 1) break;
      const high = hexDigit(value.charCodeAt(i + 1));
      const low = hexDigit(value.charCodeAt(i + 2));
      if (high < 0 || low < 0) return null;
      bytes.push(high * 16 + low);
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      // Raw non-ASCII in a QP value: the file was already decoded, so it is text as it stands.
      flush();
      out += value[i];
    }
  }
  flush();
  return out;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}
