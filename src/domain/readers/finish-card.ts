import { EXTRA_EMAILS_CAP, READ_CAPS } from '../caps';
import { capLength, cleanAddress, cleanLine, cleanMultiline } from '../card/clean-text';
import { emailKey, isValidEmail, normaliseEmail } from '../card/email';
import { widenKatakana } from '../card/person-name';
import { safeWebsite } from '../card/website';
import type { CardFields } from '../types';

// Every reader (vCard, MECARD, mailto:) ends here: what it found in its format goes in raw,
// and one function cleans and caps it, so the rules for hostile text are written once.

/** A card read from foreign text (a scanned QR code or an imported .vcf). */
export interface ParsedCard {
  /** The cleaned card; `tagline` is always '' (foreign formats have none). */
  card: CardFields;
  /** Further valid addresses beyond `card.email`, deduplicated case-insensitively. */
  extraEmails: string[];
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
  org: string;
  title: string;
  /** Addresses, the preferred one first. */
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
  return { ok: true, value: { card, extraEmails: emails.slice(1, 1 + EXTRA_EMAILS_CAP), source, note } };
}

function line(value: string, cap: number): string {
  // Cut after cleaning, then trim again in case the cut left a trailing space.
  return capLength(cleanLine(value), cap).trimEnd();
}

// Valid addresses only (an invalid one is dropped, not kept), domain lower-cased, no duplicates.
function cleanEmails(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    if (out.length > EXTRA_EMAILS_CAP) break;
    const email = normaliseEmail(cleanAddress(value).replace(/^mailto:/i, ''));
    if (email.length > READ_CAPS.email || !isValidEmail(email)) continue;
    const key = emailKey(email);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(email);
  }
  return out;
}

// Only http(s); `javascript:`, `data:`, `file:` and the like are dropped.
function firstWebsite(values: string[]): string {
  for (const value of values) {
    const url = safeWebsite(cleanLine(value));
    if (url && url.length <= READ_CAPS.website) return url;
  }
  return '';
}
