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
