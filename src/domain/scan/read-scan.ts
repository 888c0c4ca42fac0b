import type { CardFields, CardSource, NameParts } from '../types';
import { decodeSharedCard, isSharedCardFragment } from '../share/payload-codec';
import { readContactText } from '../readers/read-contact-text';

/** A scanned code that holds a person's card. */
export interface ScannedCard {
  kind: 'card';
  card: CardFields;
  extraEmails: string[];
  /** The name's parts if the code gave them (a vCard's N); null: guessed when needed. */
  nameParts: NameParts | null;
  source: CardSource;
  note: string;
  /** A Meishi card's expiry; null for formats without one. */
  expiresAt: number | null;
}

/** What a scanned code turned out to be. */
export type ScanReading =
  | ScannedCard
  | { kind: 'expired'; expiresAt: number }
  | { kind: 'newer-version' }
  | { kind: 'clock-ahead' }
  | { kind: 'damaged' }
  | { kind: 'too-large' }
  | { kind: 'not-a-card'; text: string };

/** The one entry point for scanned text: a Meishi link, a vCard, a MECARD, a mailto: or an email. */
export function readScan(text: string, now: number): ScanReading {
  const hash = text.indexOf('#');
  if (hash >= 0 && isSharedCardFragment(text.slice(hash)) && /^https?:\/\//i.test(text.trim())) {
    const decoded = decodeSharedCard(text.trim(), now);
    if (decoded.ok) {
      return { kind: 'card', card: decoded.value.card, extraEmails: [], nameParts: null, source: 'meishi', note: '', expiresAt: decoded.value.expiresAt };
    }
    switch (decoded.error.kind) {
      case 'expired':
        return { kind: 'expired', expiresAt: decoded.error.expiresAt };
      case 'unsupported-version':
        return { kind: 'newer-version' };
      case 'issued-in-future':
        return { kind: 'clock-ahead' };
      case 'too-large':
        return { kind: 'too-large' };
      default:
        return { kind: 'damaged' };
    }
  }
  const read = readContactText(text);
  if (read.ok) {
    const { card, extraEmails, nameParts, source, note } = read.value;
    return { kind: 'card', card, extraEmails, nameParts, source, note, expiresAt: null };
  }
  switch (read.error.kind) {
    case 'too-large':
      return { kind: 'too-large' };
    case 'malformed':
      return { kind: 'damaged' };
    default:
      return { kind: 'not-a-card', text };
  }
}
