import { isSaneTime } from '../caps';
import type { CardFields } from '../types';
import { validateCard } from '../card/card-validation';
import { isSharedCardFragment } from './link-syntax';

export { isSharedCardFragment };

// The shared card: `<app base URL>#m1~<issued>~<lifetime>~name~reading~org~title~email~website~tagline`.
//
// - `m1` names the format and its version, so a reader can tell v1 from a future v2.
// - Times are whole minutes since the Unix epoch and a lifetime in minutes, in base 36.
// - A website's `https://` is implied (an `http://` site keeps its scheme).
// - Empty trailing fields are left out.
// There is no field for a phone number or a messaging ID, by design.

/** The format version this code writes and reads. */
export const PAYLOAD_VERSION = 1;
/** Longest input the decoder looks at; anything longer is refused before parsing. */
export const MAX_PAYLOAD_LENGTH = 4096;
/** How far in the future an issue time may be (the two phones' clocks differ). */
export const CLOCK_SKEW_MS = 10 * 60_000;
/** The longest lifetime a v1 card may claim. */
export const MAX_LIFETIME_MS = 31 * 24 * 60 * 60_000;

const FIELD_ORDER: (keyof CardFields)[] = ['name', 'reading', 'org', 'title', 'email', 'website', 'tagline'];
const MINUTE = 60_000;

/** A card read from a link, with its validity window. */
export interface SharedCard {
  card: CardFields;
  issuedAt: number;
  expiresAt: number;
}

/** Why a link could not be read. */
export type PayloadError =
  | { kind: 'too-large' }
  | { kind: 'not-meishi' }
  | { kind: 'malformed' }
  | { kind: 'unsupported-version'; version: number }
  | { kind: 'expired'; expiresAt: number }
  | { kind: 'issued-in-future'; issuedAt: number };

/** The outcome of decoding: a card or a typed error, never an exception. */
export type DecodeResult = { ok: true; value: SharedCard } | { ok: false; error: PayloadError };

/** Rounds an issue time down to the minute, as the link stores it. */
export function issueMinute(at: number): number {
  return Math.floor(at / MINUTE) * MINUTE;
}

/** The link for a card, valid from `issuedAt` until `expiresAt` (both rounded to the minute). */
export function encodeSharedCard(baseUrl: string, card: CardFields, issuedAt: number, expiresAt: number): string {
  const issuedMinutes = Math.floor(issuedAt / MINUTE);
  const lifetime = Math.max(1, Math.ceil((expiresAt - issuedMinutes * MINUTE) / MINUTE));
  const values = FIELD_ORDER.map((field) => {
    const value = card[field];
    return field === 'website' ? value.replace(/^https:\/\//i, '') : value;
  });
  while (values.length > 0 && values[values.length - 1] === '') values.pop();
  const parts = [`m${PAYLOAD_VERSION}`, issuedMinutes.toString(36), lifetime.toString(36), ...values.map(escapeFragmentValue)];
  return `${baseUrl.split('#')[0]}#${parts.join('~')}`;
}

/** Reads a link or bare fragment, checking format, version and validity window at `now`. */
export function decodeSharedCard(text: string, now: number): DecodeResult {
  if (text.length > MAX_PAYLOAD_LENGTH) return fail({ kind: 'too-large' });
  const hash = text.indexOf('#');
  const fragment = (hash >= 0 ? text.slice(hash + 1) : text).trim();
  const head = /^m(\d{1,4})~/.exec(fragment);
  if (!head) return fail({ kind: 'not-meishi' });
  const version = Number(head[1]);
  if (version !== PAYLOAD_VERSION) {
    return fail(version > PAYLOAD_VERSION ? { kind: 'unsupported-version', version } : { kind: 'malformed' });
  }
  const parts = fragment.split('~');
  if (parts.length < 3 || parts.length > 3 + FIELD_ORDER.length) return fail({ kind: 'malformed' });
  const issuedMinutes = parseBase36(parts[1]);
  const lifetime = parseBase36(parts[2]);
  if (issuedMinutes === null || lifetime === null || lifetime < 1 || lifetime * MINUTE > MAX_LIFETIME_MS) {
    return fail({ kind: 'malformed' });
  }
  const issuedAt = issuedMinutes * MINUTE;
  const expiresAt = issuedAt + lifetime * MINUTE;
  // Nine base-36 digits reach far past the dates a screen can print.
  if (!isSaneTime(issuedAt) || !isSaneTime(expiresAt)) return fail({ kind: 'malformed' });
  const raw = {} as CardFields;
  for (const [i, field] of FIELD_ORDER.entries()) {
    const value = unescapeFragmentValue(parts[3 + i] ?? '');
    if (value === null) return fail({ kind: 'malformed' });
    raw[field] = field === 'website' && value && !/^https?:\/\//i.test(value) ? `https://${value}` : value;
  }
  // The card must be one the app itself could have written (a valid email above all).
  const checked = validateCard(raw);
  if (!checked.ok) return fail({ kind: 'malformed' });
  // Expiry first: an expired card shows nothing of its details, whatever else is true.
  if (now >= expiresAt) return fail({ kind: 'expired', expiresAt });
  if (issuedAt > now + CLOCK_SKEW_MS) return fail({ kind: 'issued-in-future', issuedAt });
  return { ok: true, value: { card: checked.value, issuedAt, expiresAt } };
}

function parseBase36(text: string | undefined): number | null {
  if (!text || !/^[0-9a-z]{1,9}$/.test(text)) return null;
  return parseInt(text, 36);
}

function fail(error: PayloadError): DecodeResult {
  return { ok: false, error };
}

// Card values travel raw in the link where that is safe (letters of any script stay one
// character in the QR, not nine percent-escapes) and percent-encoded elsewhere.
//
// Kept raw: ASCII letters, digits and the URL-safe marks below, and non-ASCII letters, marks,
// numbers, punctuation and symbols. Encoded: "%", "+", "~" (our delimiter), "#", every
// space, control, format, private-use or unpaired character. A space becomes "+", which is
// why a literal "+" is encoded. Decoding is one `decodeURIComponent` per field, so a link
// that a phone percent-encoded again (iOS does, for non-ASCII) decodes to the same text.

const SAFE_ASCII = /[A-Za-z0-9\-._@:/!$&'()*,;=?]/;
const SAFE_UNICODE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

/** Encodes one card value for the link fragment. */
function escapeFragmentValue(value: string): string {
  let out = '';
  for (const char of value) {
    if (char === ' ') out += '+';
    else if (char.length === 1 && char.charCodeAt(0) < 0x80) out += SAFE_ASCII.test(char) ? char : percentEncode(char);
    else if (SAFE_UNICODE.test(char) && !isUnpaired(char)) out += char;
    else out += percentEncode(char);
  }
  return out;
}

/** Decodes one value written by `escapeFragmentValue`, raw or re-encoded; null if malformed. */
function unescapeFragmentValue(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function isUnpaired(char: string): boolean {
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= 0xd800 && code <= 0xdfff;
}

function percentEncode(char: string): string {
  // encodeURIComponent throws on a lone surrogate; it cannot be written, so it becomes U+FFFD.
  try {
    return encodeURIComponent(char).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return '%EF%BF%BD';
  }
}
