// The person part of a card: which line is the organization (a legal-form word), which the
// title (a list of common titles in both languages), and which the name and its reading.
import { cjkCount, hasCjk, isKanaOnly, latinCount, squash } from './card-text';

// Legal forms that make a line an organization, strongest first. A line holding one of the
// first group is an organization almost for certain; the second group also names offices,
// associations and the like.
const LEGAL_FORMS_JA = /株式会社|有限会社|合同会社|合資会社|合名会社|[(（][株有同][)）]|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|NPO法人|社会福祉法人|医療法人|学校法人|宗教法人|独立行政法人|国立大学法人|税理士法人|弁護士法人|監査法人|司法書士法人|行政書士法人/u;
const LEGAL_FORMS_EN = /\b(?:Inc|Ltd|LLC|LLP|L\.L\.C|Corp|Corporation|Co\.,?\s*Ltd|GmbH|K\.K|PLC|Pty|S\.A|B\.V|AG|Limited|Incorporated)\b\.?|\bCo\.$/u;
const ORG_WORDS = /事務所|協会|組合|研究所|センター|工房|法人|商店|商会|製作所|工業|銀行|大学|病院|クリニック|スタジオ|\b(?:Company|Office|Studio|Associates|Partners|Group|Holdings|Agency|Lab|Labs|Laboratory|Foundation|Association|Institute|University|Clinic|Bank|Design|Architects|Solutions|Systems|Consulting)\b/u;

const TITLES_JA = /代表取締役|取締役|代表執行役|執行役員|会長|社長|副社長|専務|常務|監査役|理事長|理事|事務局長|局長|本部長|部長|次長|課長|係長|室長|所長|支店長|店長|主任|主査|主幹|代表社員|代表|顧問|参与|相談役|マネージャー|マネジャー|リーダー|ディレクター|デザイナー|エンジニア|プログラマー|コンサルタント|プロデューサー|プランナー|コーディネーター|アドバイザー|アナリスト|スペシャリスト|ライター|エディター|カメラマン|フォトグラファー|アーキテクト|セールス|担当|営業|広報|秘書|編集|研究員|税理士|弁護士|司法書士|行政書士|社会保険労務士|公認会計士|会計士|弁理士|建築士|講師|教授|准教授|助教|医師|看護師|薬剤師|創業者|オーナー|CEO|CTO|COO|CFO|CMO|CIO/u;
const TITLES_EN = /\b(?:CEO|CTO|COO|CFO|CMO|CIO|CPO|VP|Founder|Co-?Founder|President|Chairman|Chair|Director|Manager|Head|Chief|Officer|Executive|Engineer|Developer|Designer|Consultant|Senior|Lead|Partner|Associate|Analyst|Specialist|Coordinator|Representative|Attorney|Lawyer|Architect|Instructor|Professor|Lecturer|Editor|Producer|Writer|Assistant|Owner|Principal|Advisor|Adviser|Secretary|Accountant|Researcher|Scientist|Strategist|Administrator|Officer|Sales|Marketing|Intern)\b/iu;

/** Whether a line is an organization name, and how sure: 2 a legal form, 1 an organization word, 0 neither. */
export function organizationStrength(line: string): number {
  if (LEGAL_FORMS_JA.test(line) || LEGAL_FORMS_EN.test(line)) return 2;
  return ORG_WORDS.test(line) ? 1 : 0;
}

/**
 * The organization among the parts of a line: a logo read as a stray character, or a rule
 * drawn beside the name, often joins the line ("回  一般社団法人…", "B | Brightpath
 * Solutions Inc."), so the line comes cut at wide gaps and bars, and the part with the legal
 * form is kept.
 */
export function organizationPart(parts: string[]): string {
  let best = parts.find((p) => organizationStrength(p) === 2) ?? parts.find((p) => organizationStrength(p) === 1) ?? parts.join(' ');
  if (!hasCjk(best)) return best;
  // A logo read as a few Latin letters before a Japanese name ("MI 株式会社モリノ").
  best = best.replace(/^[^\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}(（\s]{1,3}\s+(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}(（])/u, '');
  // A Japanese legal form is written without spaces around it ("株式会社 サンプル" is the engine's).
  return best.replace(/(?<=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana})])\s+(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}(（])/gu, '');
}

/** Whether a line is a job title (or a department with one). */
export function isTitleLine(line: string): boolean {
  return TITLES_JA.test(line) || TITLES_EN.test(line);
}

/** Whether a line could be a person's name: a few kanji/kana, or two to four capitalised Latin words. */
export function looksLikeName(line: string): boolean {
  const text = line.trim();
  if (/\d|@|[:/(){}[\]<>=+*#$%&;!?|]/.test(text)) return false;
  if (hasCjk(text)) {
    const cjk = cjkCount(text);
    // Kanji and kana only, 2–10 of them, at most two spaces (family name, given name).
    return cjk >= 2 && cjk <= 10 && squash(text).length === cjk && (text.match(/\s/g)?.length ?? 0) <= 2;
  }
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^[A-Z][A-Za-z'’-]*\.?$/.test(w)) && latinCount(text) >= 4;
}

/** Whether a line is a reading for a Japanese name: kana only, or romaji (capitalised Latin words). */
export function looksLikeReading(line: string): boolean {
  const text = line.trim();
  // Kana: at least three (a full name's reading is longer; two are a misread mark).
  if (isKanaOnly(text)) return cjkCount(text) >= 3;
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^[A-Za-z][a-z]*$|^[A-Z]+$/.test(w)) && latinCount(text) >= 4;
}
