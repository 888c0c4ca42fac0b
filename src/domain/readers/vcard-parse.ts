import { finishCard } from './finish-card';
import { decodeQuotedPrintable } from './quoted-printable';
import type { ReadResult } from './finish-card';
import { VCARD_FIELD_NAMES, vcardFields, type DecodedProperty } from './vcard-fields';
import { findCardRanges, splitLines } from './vcard-lines';
import { paramValues } from './vcard-property';
import { readProperties, type RawProperty } from './vcard-unfold';

// Reads vCard 2.1, 3.0 and 4.0. Meishi keeps email only: TEL, ADR, PHOTO and the rest are
// read past and dropped, so a flaw in them (say, broken quoted-printable in an Outlook
// LABEL) does not cost the card.

const NO_PREFERENCE = 1000;

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
  for (const property of readProperties(lines, begin, end)) {
    const { name } = property.head;
    if (!VCARD_FIELD_NAMES.has(name)) continue;
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
