import type { CardFields } from '../types';

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

