import { parseBareEmail, parseMailto } from './mailto-parse';
import { parseMeCard } from './mecard-parse';
import type { ReadResult } from './finish-card';
import { parseVCard } from './vcard-parse';

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
