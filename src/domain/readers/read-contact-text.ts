import { isValidEmail, normaliseEmail } from '../card/email';
import { makeEmptyNameParts } from '../card/person-name';
import type { NameParts } from '../types';
import { finishCard, type RawCard, type ReadResult } from './finish-card';
import { splitComponents } from './vcard-lines';
import { parseVCard } from './vcard-parse';

// A scanned QR code's text: a vCard (read by vcard-parse.ts), or one of the two small formats
// read here, MECARD and `mailto:`, or a bare address. Meishi's own links are told apart
// earlier, by `readScan`.

/**
 * The longest scanned text read, in UTF-16 units. The largest QR code (version 40) holds
 * 2,953 bytes, so 8 KiB is plenty; anything longer is refused before any parsing.
 */
export const MAX_CONTACT_TEXT_LENGTH = 8 * 1024;

/** Reads a scanned QR code's text as a contact: vCard, MECARD, `mailto:` link or a bare address. */
export function readContactText(text: string): ReadResult {
  if (text.length > MAX_CONTACT_TEXT_LENGTH) return { ok: false, error: { kind: 'too-large', limit: MAX_CONTACT_TEXT_LENGTH } };
  // A BOM or blank lines before the content are common in codes made by hand.
  const start = text.replace(/^[\s\uFEFF]+/, '');
  if (/^BEGIN:VCARD/i.test(start)) return parseVCard(start);
  if (/^MECARD:/i.test(start)) return parseMeCard(start);
  if (/^mailto:/i.test(start)) return parseMailto(start);
  return parseBareEmail(start) ?? { ok: false, error: { kind: 'not-a-card' } };
}

// MECARD (NTT docomo, common in Japanese QR codes):
//   MECARD:N:山田,太郎;SOUND:やまだ,たろう;TEL:…;EMAIL:…;URL:…;ORG:…;NOTE:…;;
// Fields end at an unescaped ";", values escape `\: \; \, \\`. N and SOUND are "family,given".

/** Reads a `MECARD:` text (the prefix is matched case-insensitively). */
export function parseMeCard(text: string): ReadResult {
  const body = text.trim().replace(/^MECARD:/i, '');
  const fields = new Map<string, string[]>();
  for (const field of splitComponents(body, ';')) {
    const colon = field.indexOf(':');
    if (colon <= 0) continue;
    const key = field.slice(0, colon).trim().toUpperCase();
    const list = fields.get(key) ?? [];
    list.push(field.slice(colon + 1));
    fields.set(key, list);
  }
  const first = (key: string): string => unescapeMeCard(fields.get(key)?.[0] ?? '');
  return finishCard(
    {
      name: familyGiven(fields.get('N')?.[0]),
      reading: familyGiven(fields.get('SOUND')?.[0]),
      nameParts: meCardNameParts(fields.get('N')?.[0], fields.get('SOUND')?.[0]),
      org: first('ORG'),
      // Not in docomo's spec, but some generators add it.
      title: first('TITLE'),
      emails: (fields.get('EMAIL') ?? []).map(unescapeMeCard),
      websites: (fields.get('URL') ?? []).map(unescapeMeCard),
      note: first('NOTE') || first('MEMO'),
    },
    'mecard',
  );
}

// "山田,太郎" → "山田 太郎": MECARD always puts the family name first.
function familyGiven(raw: string | undefined): string {
  return splitComponents(raw ?? '', ',')
    .map(unescapeMeCard)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

// "山田,太郎" is the name in its parts, as docomo's spec says; "Taro Yamada" (no comma, as
// many generators write it) gives no parts, and they are guessed like a typed-in name's.
function meCardNameParts(name: string | undefined, sound: string | undefined): NameParts | null {
  const [family, given] = splitComponents(name ?? '', ',').map((part) => unescapeMeCard(part).trim());
  if (given === undefined) return null;
  const [familyReading = '', givenReading = ''] = splitComponents(sound ?? '', ',').map((part) => unescapeMeCard(part).trim());
  return { ...makeEmptyNameParts(), family: family ? [family] : [], given: given ? [given] : [], familyReading, givenReading };
}

function unescapeMeCard(value: string): string {
  return value.replace(/\\(.)/gs, '$1');
}

/** Reads a `mailto:` link: its first address only (subject, body, cc are ignored), percent-decoded. */
export function parseMailto(text: string): ReadResult {
  const rest = text.trim().replace(/^mailto:/i, '');
  const query = rest.indexOf('?');
  // RFC 6068: several addresses are comma-separated; a comma inside one is "%2C", so split first.
  let first = (query < 0 ? rest : rest.slice(0, query)).split(',')[0] ?? '';
  // `mailto:?to=…` puts the address in the query.
  if (!first.trim() && query >= 0) first = toParam(rest.slice(query + 1));
  let address: string;
  try {
    address = decodeURIComponent(first);
  } catch {
    return { ok: false, error: { kind: 'malformed', detail: 'bad percent-encoding in mailto: link' } };
  }
  const result = finishCard(addressOnly(address), 'mailto');
  return result.ok ? result : { ok: false, error: { kind: 'malformed', detail: 'no valid address in mailto: link' } };
}

/** Reads a text that is nothing but an email address; null if it is not one. */
export function parseBareEmail(text: string): ReadResult | null {
  const address = normaliseEmail(text.trim());
  if (!isValidEmail(address)) return null;
  return finishCard(addressOnly(address), 'mailto');
}

function addressOnly(address: string): RawCard {
  return { name: '', reading: '', nameParts: null, org: '', title: '', emails: [address], websites: [], note: '' };
}

function toParam(query: string): string {
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).toLowerCase() === 'to') return pair.slice(eq + 1).split(',')[0] ?? '';
  }
  return '';
}
