import type { NameParts } from '../types';

// A card holds one "name" field and its reading. Japanese, Chinese and Korean names are
// written family name first, others given name first: reading a vCard's N into that field,
// and splitting the field back into vCard's family and given names (which phones sort by),
// both follow the order the script is written in.

// Han, kana and Hangul names are written family name first.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HALFWIDTH_KATAKANA = /[\uff61-\uff9f]+/g;
// ASCII whitespace and the ideographic space that Japanese input methods type.
const SEPARATORS = /[\t\n\f\r \u3000]+/;

/** Whether the text contains Chinese, Japanese or Korean script. */
export function isCjk(text: string): boolean {
  return CJK.test(text);
}

/** Whether the text contains hiragana or katakana (a Japanese reading). */
export function hasKana(text: string): boolean {
  return KANA.test(text);
}

/** Joins name parts with single spaces, family first or last, skipping empty parts. */
export function joinName(family: string, given: string, familyFirst: boolean): string {
  const parts = familyFirst ? [family, given] : [given, family];
  return parts.map((part) => part.trim()).filter(Boolean).join(' ');
}

/** Half-width katakana (feature phones: "ﾔﾏﾀﾞ") as full-width ("ヤマダ"); other text unchanged. */
export function widenKatakana(text: string): string {
  // NFKC only on the half-width runs: elsewhere it would also rewrite letters and digits.
  return text.replace(HALFWIDTH_KATAKANA, (run) => run.normalize('NFKC'));
}

/** A name split into vCard's family and given parts, with their readings. */
export interface SplitName {
  family: string;
  given: string;
  familyReading: string;
  givenReading: string;
}

/**
 * Splits a name and its reading into family and given parts. Family-first scripts (Han, kana,
 * Hangul) take the first token as the family name (山田 太郎); others take the last (Jane Q. Doe).
 * A single token is a family name in family-first scripts and a given name otherwise, as phones
 * file a one-word name typed into a Western name form. Readings split by the same position;
 * a one-token reading goes with the family name (or the given name when there is no family name).
 */
export function splitName(name: string, reading: string): SplitName {
  const nameTokens = tokens(name);
  // With no name, the reading's own script decides the order.
  const familyFirst = isCjk(nameTokens.length > 0 ? name : reading);
  const [family, given] = split(nameTokens, familyFirst, familyFirst);
  const givenOnly = family === '' && given !== '';
  const [familyReading, givenReading] = split(tokens(reading), familyFirst, !givenOnly);
  return { family, given, familyReading, givenReading };
}

function tokens(text: string): string[] {
  return text.split(SEPARATORS).filter((token) => token !== '');
}

/** [family, given] from tokens; `singleIsFamily` decides where a lone token goes. */
function split(parts: string[], familyFirst: boolean, singleIsFamily: boolean): [string, string] {
  const [first = '', ...rest] = parts;
  if (rest.length === 0) return singleIsFamily ? [first, ''] : ['', first];
  if (familyFirst) return [first, rest.join(' ')];
  return [parts[parts.length - 1] ?? '', parts.slice(0, -1).join(' ')];
}

// A name's structured parts (vCard's N): kept as received when a card has them, guessed from
// the one-line name when it does not (a Meishi card, a hand-entered contact).

/** A name with no parts at all. */
export function makeEmptyNameParts(): NameParts {
  return { family: [], given: [], middle: [], prefix: [], suffix: [], familyReading: '', givenReading: '', middleReading: '' };
}

/** The parts a one-line name and its reading most likely have: a family and a given name (see `splitName`). */
export function guessNameParts(name: string, reading: string): NameParts {
  const split = splitName(name, reading);
  return { ...makeEmptyNameParts(), family: listOf(split.family), given: listOf(split.given), familyReading: split.familyReading, givenReading: split.givenReading };
}

/** Whether the parts are written family name first (Han, kana, Hangul), judged by the names, else by `fallback`. */
export function isFamilyFirst(parts: NameParts, fallback = ''): boolean {
  const names = [...parts.family, ...parts.given].join(' ');
  return isCjk(names.trim() ? names : fallback || `${parts.familyReading}${parts.givenReading}`);
}

/** The one-line name of the parts: "山田 太郎", or "Dr. Jane Q. Doe Jr." for given-first scripts. */
export function nameFromParts(parts: NameParts): string {
  const order = isFamilyFirst(parts) ? [parts.family, parts.given, parts.middle] : [parts.prefix, parts.given, parts.middle, parts.family, parts.suffix];
  return order.flat().map((item) => item.trim()).filter(Boolean).join(' ');
}

/** The one-line reading of the parts: the readings of each part, joined with a space in name order. */
export function readingFromParts(parts: NameParts, familyFirst: boolean): string {
  const order = familyFirst ? [parts.familyReading, parts.givenReading, parts.middleReading] : [parts.givenReading, parts.middleReading, parts.familyReading];
  return order.map((part) => part.trim()).filter(Boolean).join(' ');
}

/**
 * The parts with readings: their own when they have any, else the one-line `reading` split
 * over the family and given names as `splitName` would (a reading typed without its parts), in
 * the name's own order unless `familyFirst` says otherwise (a sort key is family first).
 */
export function withReadings(parts: NameParts, reading: string, familyFirst = isFamilyFirst(parts, reading)): NameParts {
  if (parts.familyReading || parts.givenReading || parts.middleReading || !reading.trim()) return parts;
  const givenOnly = parts.family.length === 0 && parts.given.length > 0;
  const [familyReading, givenReading] = split(tokens(reading), familyFirst, !givenOnly);
  return { ...parts, familyReading, givenReading };
}

/** A part's items as one line for a form field: "Philip, Paul". */
export function partText(items: readonly string[]): string {
  return items.join(', ');
}

/** A form field's line as a part's items: split on commas (ASCII, ideographic or full-width), trimmed. */
export function partItems(text: string): string[] {
  return text
    .split(/[,、，]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Whether two sets of parts are the same, item for item. */
export function sameNameParts(a: NameParts | null, b: NameParts | null): boolean {
  if (a === null || b === null) return a === b;
  const lists = ['family', 'given', 'middle', 'prefix', 'suffix'] as const;
  const readings = ['familyReading', 'givenReading', 'middleReading'] as const;
  return lists.every((key) => a[key].length === b[key].length && a[key].every((item, i) => item === b[key][i])) && readings.every((key) => a[key] === b[key]);
}

function listOf(part: string): string[] {
  return part ? [part] : [];
}
