// Cards hold one "name" field; vCard wants family and given names apart (N), and phones
// sort by them. Splitting follows the order the script is written in.

/** A name split into vCard's family and given parts, with their readings. */
export interface SplitName {
  family: string;
  given: string;
  familyReading: string;
  givenReading: string;
}

// ASCII whitespace and the ideographic space that Japanese input methods type.
const SEPARATORS = /[\t\n\f\r \u3000]+/;
// Han, kana and Hangul names are written family name first.
const FAMILY_FIRST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

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
  const familyFirst = FAMILY_FIRST.test(nameTokens.length > 0 ? name : reading);
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
