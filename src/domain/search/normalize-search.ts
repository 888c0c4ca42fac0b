// Contact search: one normal form for both the haystack and the query, so that kana in either
// script, half- and full-width forms, case and spacing never decide whether a contact is found.

import type { Contact } from '../types';

// Katakana letters (ァ–ヶ) and the iteration marks ヽヾ sit exactly 0x60 above their hiragana.
// ー and the rarer ヷ–ヺ have no hiragana twin and stay as they are.
const KATAKANA = /[\u30a1-\u30f6\u30fd\u30fe]/g;
// Whitespace, plus the invisible format characters people paste by accident, plus NUL (our
// field separator, which must never come out of normalisation).
const IGNORED = /[\s\u200b-\u200d\u2060\ufeff\u0000]+/gu;
/** Separates fields in a haystack; normalisation removes it from any text, so no query spans two fields. */
export const FIELD_SEPARATOR = '\u0000';

/** Text in search form: NFKC, lower case, katakana as hiragana, no whitespace. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(IGNORED, '');
}

/** The normalised haystack of a contact: its card, extra emails, notes, tags, the text read from its paper card and the given event names. */
export function makeSearchText(contact: Contact, eventNames: readonly string[] = []): string {
  const { name, reading, org, title, email, tagline } = contact.card;
  // The paper card's text line by line: a query never spans two of its lines either.
  const fields = [name, reading, org, title, tagline, email, ...contact.extraEmails, contact.notes, ...contact.tags, ...contact.paperText.split('\n'), ...eventNames];
  return fields
    .map(normalizeForSearch)
    .filter((field) => field !== '')
    .join(FIELD_SEPARATOR);
}

/** The search terms of a raw query: split on any whitespace (U+3000 included), normalised, empties dropped. */
export function makeQuery(input: string): string[] {
  return input
    .split(/[\s\u3000]+/u)
    .map(normalizeForSearch)
    .filter((term) => term !== '');
}

/** Whether the haystack contains every term (AND); no terms matches everything. */
export function matchesQuery(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}
