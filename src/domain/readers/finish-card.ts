import { EXTRA_EMAILS_CAP, INVALID_VALUES_CAP, NAME_PART_CAP, NAME_PART_ITEMS_CAP, READ_CAPS } from '../caps';
import { capLength, cleanAddress, cleanLine, cleanMultiline } from '../card/clean-text';
import { emailKey, isValidEmail, normaliseEmail } from '../card/email';
import { widenKatakana } from '../card/person-name';
import { safeWebsite } from '../card/website';
import type { CardFields, NameParts } from '../types';

// Every reader (vCard, MECARD, mailto:) ends here: what it found in its format goes in raw,
// and one function cleans and caps it, so the rules for hostile text are written once.

/** A card read from foreign text (a scanned QR code or an imported .vcf). */
export interface ParsedCard {
  /** The cleaned card; `tagline` is always '' (foreign formats have none). */
  card: CardFields;
  /** Further valid addresses beyond `card.email`, deduplicated case-insensitively. */
  extraEmails: string[];
  /** The name's parts as the card gave them (vCard N, MECARD "family,given"), cleaned; null if it gave none. */
  nameParts: NameParts | null;
  source: 'vcard' | 'mecard' | 'mailto';
  /** NOTE from the card, '' if none (multi-line). */
  note: string;
}

/** Why a text could not be read. */
export type ReadError =
  | { kind: 'too-large'; limit: number }
  | { kind: 'malformed'; detail: string }
  | { kind: 'not-a-card' }
  | { kind: 'empty-card' };

/** The outcome of reading: a card or a typed error, never an exception. */
export type ReadResult = { ok: true; value: ParsedCard } | { ok: false; error: ReadError };

/** Field values as found in a foreign format, before any cleaning. */
export interface RawCard {
  name: string;
  reading: string;
  /** The name's parts, if the format has them and the card gave them. */
  nameParts: NameParts | null;
  org: string;
  title: string;
  /** Addresses (or `"Name" <address>` values), the preferred one first. */
  emails: string[];
  /** Websites, the preferred one first; the first safe one is kept. */
  websites: string[];
  note: string;
}

/** Cleans every field of a raw card (scanned data is hostile) and refuses a card with neither name nor email. */
export function finishCard(raw: RawCard, source: ParsedCard['source']): ReadResult {
  const name = line(raw.name, READ_CAPS.name);
  const emails = cleanEmails(raw.emails);
  const email = emails[0] ?? '';
  if (!name && !email) return { ok: false, error: { kind: 'empty-card' } };
  const card = {
    name,
    reading: line(widenKatakana(raw.reading), READ_CAPS.reading),
    org: line(raw.org, READ_CAPS.org),
    title: line(raw.title, READ_CAPS.title),
    email,
    website: firstWebsite(raw.websites),
    // Foreign formats have no "what I do" line.
    tagline: '',
  };
  const note = capLength(cleanMultiline(raw.note), READ_CAPS.note).trimEnd();
  const nameParts = raw.nameParts && cleanNameParts(raw.nameParts);
  return { ok: true, value: { card, extraEmails: emails.slice(1, 1 + EXTRA_EMAILS_CAP), nameParts, source, note } };
}

// Each item cleaned like a name and capped; empty items dropped (N:Doe;;;; has no given name).
function cleanNameParts(raw: NameParts): NameParts {
  const items = (list: string[]) => list.map((item) => line(item, NAME_PART_CAP)).filter(Boolean).slice(0, NAME_PART_ITEMS_CAP);
  const reading = (value: string) => line(widenKatakana(value), NAME_PART_CAP);
  return {
    family: items(raw.family),
    given: items(raw.given),
    middle: items(raw.middle),
    prefix: items(raw.prefix),
    suffix: items(raw.suffix),
    familyReading: reading(raw.familyReading),
    givenReading: reading(raw.givenReading),
    middleReading: reading(raw.middleReading),
  };
}

function line(value: string, cap: number): string {
  // Cut after cleaning, then trim again in case the cut left a trailing space.
  return capLength(cleanLine(value), cap).trimEnd();
}

// Valid addresses only (an invalid one is dropped, not kept), domain lower-cased, no duplicates.
// After a few invalid values the rest are not tried: a hostile card may hold millions.
function cleanEmails(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  let invalid = 0;
  for (const value of values) {
    if (out.length > EXTRA_EMAILS_CAP || invalid >= INVALID_VALUES_CAP) break;
    // Cleaned as an address: an invisible character is kept, so the check refuses it.
    const email = normaliseEmail(addressOf(cleanAddress(value)));
    if (email.length > READ_CAPS.email || !isValidEmail(email)) {
      invalid++;
      continue;
    }
    const key = emailKey(email);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(email);
  }
  return out;
}

// `mailto:a@example.com`, and `"Omega" <omega@example.com>` (a display name and the address in
// angle brackets, as mail headers write it; old Android and Outlook cards do too).
function addressOf(value: string): string {
  const angled = /<([^<>\s]+)>\s*$/.exec(value);
  return (angled ? (angled[1] as string) : value).replace(/^mailto:/i, '');
}

// Only http(s); `javascript:`, `data:`, `file:` and the like are dropped, and after a few
// refused values the rest are not tried.
function firstWebsite(values: string[]): string {
  for (const [i, value] of values.entries()) {
    if (i >= INVALID_VALUES_CAP) break;
    const url = safeWebsite(cleanLine(value));
    if (url && url.length <= READ_CAPS.website) return url;
  }
  return '';
}
