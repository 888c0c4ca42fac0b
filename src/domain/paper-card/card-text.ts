// Text as the OCR engine returns it, made comparable: full-width forms folded, spaces the engine
// put between Japanese characters removed, and the character classes the field guesser asks about.
import { cleanLine } from '../card/clean-text';

/** Kanji, hiragana and katakana (the prolonged-sound mark included), but not CJK punctuation. */
const CJK_LETTER = /[\u3005\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const CJK_LETTERS = /[\u3005\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const KANA_ONLY = /^[\u3040-\u309f\u30a0-\u30ff\s・]+$/u;

/** Whether the text has any kanji or kana. */
export function hasCjk(text: string): boolean {
  return CJK_LETTER.test(text);
}

/** How many kanji and kana the text has. */
export function cjkCount(text: string): number {
  return text.match(CJK_LETTERS)?.length ?? 0;
}

/** Whether the text is kana only (a reading), spaces and the middle dot allowed. */
export function isKanaOnly(text: string): boolean {
  return KANA_ONLY.test(text) && /[\u3040-\u30ff]/u.test(text);
}

/** How many ASCII letters the text has. */
export function latinCount(text: string): number {
  return text.match(/[A-Za-z]/g)?.length ?? 0;
}

// Katakana the engine reads for a kanji of the same shape (健ニ for 健二, エ務店 for 工務店,
// ー般 for 一般): taken for the kanji when a kanji is beside them and nothing but kanji or the
// line's edge is around them.
const KANJI_FOR: Record<string, string> = { ニ: '二', ロ: '口', エ: '工', カ: '力', ハ: '八', タ: '夕', ト: '卜', ー: '一' };
const LOOKALIKE = /(?<=\p{Script=Han})[ニロエカハタトー](?=\p{Script=Han}|\s|$)|(?<=^|\s)[ニロエカハタトー](?=\p{Script=Han})/gu;

/**
 * One recognised line, tidied: NFKC (full-width letters, digits and signs become ASCII, half-width
 * katakana becomes full-width), one line, and spaces between Japanese characters dropped where
 * the engine split a word into single characters ("株 式 会 社" → "株式会社"), and katakana
 * read for a kanji of the same shape set right. A space between two longer groups ("山田 太郎",
 * "営業部 部長") is kept: it is printed.
 */
export function tidyLine(raw: string): string {
  const tokens = cleanLine(raw.normalize('NFKC')).split(' ');
  const words: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    // A run of three or more single kanji/kana is one word the engine split; two may be a
    // one-character family name and given name ("林 翔"), so they stay apart.
    let j = i;
    while (j < tokens.length && [...tokens[j]!].length === 1 && CJK_LETTER.test(tokens[j]!)) j++;
    if (j - i >= 3) {
      words.push(tokens.slice(i, j).join(''));
      i = j;
    } else {
      words.push(tokens[i]!);
      i++;
    }
  }
  let text = words.join(' ').replace(LOOKALIKE, (c) => KANJI_FOR[c] ?? c);
  // A space after a bracketed legal form or before/after CJK punctuation is not printed.
  text = text.replace(/([)）」』】])\s+(?=\p{Script=Han}|\p{Script=Katakana}|\p{Script=Hiragana})/gu, '$1');
  return cleanLine(text);
}

/**
 * Whether a reading could be Japanese at all: the prolonged-sound mark ー follows katakana
 * (or Latin, in brand names), never a line's start, a space, hiragana or kanji. Garbage the
 * engine is sure of often breaks this.
 */
export function plausibleText(text: string): boolean {
  return !/(?:^|[\s\p{Script=Hiragana}\p{Script=Han}])ー/u.test(text.normalize('NFKC'));
}

/** The text without any spaces, for comparing words the engine may have split. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
