// Japanese, Chinese and Korean names are written family name first; others given name first.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HALFWIDTH_KATAKANA = /[\uff61-\uff9f]+/g;

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
