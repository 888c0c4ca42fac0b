// The contact part of a card: the email address and website (repaired from the engine's usual
// misreads, then checked with the app's own validators), and which lines are phone numbers or
// addresses (they stay in the recognised text but never become fields: the app is email-only).
import { isValidEmail, normaliseEmail } from '../card/email';
import { FIELD_CAPS } from '../caps';
import { hasWebScheme, safeWebsite } from '../card/website';

/** A label before an email address, or a mail symbol the engine read as a sign. */
export const EMAIL_LABEL = /^(?:e-?mail|mail|email|メール|eメール|電子メール|[✉📧✆=&®©])\s*[:：.]?\s*/iu;
const WEB_LABEL = /^(?:url|web|website|homepage|hp|ホームページ|ウェブ)\s*[:：.]?\s*/iu;

// Top-level domains a card's bare website ("example.com", "pixelforge.design") may end in:
// every two-letter country code, and the generic ones common on cards.
const GENERIC_TLDS = 'com|net|org|info|biz|io|ai|app|dev|design|studio|tokyo|osaka|jp|co|me|tv|shop|store|tech|online|site|xyz|inc|ltd|llc|group|agency|works|academy|school|cafe|art|blog|news|media|global|world|asia|cloud|page|link|life|work|jobs|pro|email';
const TLD = new RegExp(`^(?:[a-z]{2}|${GENERIC_TLDS})$`);

/** Whether a line starts with an email label (so it is not a website even when its @ was lost). */
export function isEmailLabelled(line: string): boolean {
  return /^(?:e-?mail|mail|email|メール|eメール|電子メール|[✉📧])/iu.test(line.normalize('NFKC').trim());
}

/** Undoes the engine's usual slips inside an address or URL: spaces, commas for dots, `.cojp`. */
export function repairDomainText(text: string): string {
  return (
    text
      // Spaces the engine puts around dots, @ and hyphens.
      .replace(/\s*([.@\-/])\s*/g, '$1')
      // A comma or middle dot read for a dot between letters.
      .replace(/(?<=[A-Za-z0-9])[,·・](?=[A-Za-z])/g, '.')
      // Second-level Japanese domains with the dot lost or the o read as zero: .cojp, .c0.jp, .orjp.
      .replace(/\.(co|or|ne|ac|go|ed|gr|lg)\.?jp\b/gi, '.$1.jp')
      .replace(/\.c0\.(jp|uk|kr|nz|za|in|id|th)\b/gi, '.co.$1')
      .replace(/\.(c0m|corn|con)\b/gi, '.com')
      .replace(/\.jo\b/g, '.jp')
  );
}

/** Within a domain, a 1 beside a letter (not another digit) is an l, and a 0 between letters an o. */
function repairDomainDigits(domain: string): string {
  return domain.replace(/(?<=[a-z.-])1(?=[a-z])|(?<=[a-z])1(?=[a-z.-])/g, 'l').replace(/(?<=[a-z])0(?=[a-z])/g, 'o');
}

// Characters the engine reads instead of @ between a local part and a domain.
// (Text is NFKC by then: a circled ⑧ between two @ has become "@8@".)
const AT_MISREADS = /(?<=[A-Za-z0-9._%+-])(?:\s*(?:®|©|\(a\)|\(at\)|@[^A-Za-z]?@|G@|@G|Q@|@Q|@の|の@|@\s*の)\s*)(?=[A-Za-z0-9-]+\.)/gu;

/** The email address on one recognised line, repaired and validated; '' when there is none. */
export function emailOnLine(line: string): string {
  let text = line.normalize('NFKC').replace(EMAIL_LABEL, '');
  text = text.replace(AT_MISREADS, '@');
  if (!text.includes('@')) return '';
  text = repairDomainText(text);
  const match = /(?<![A-Za-z0-9._%+'@-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/.exec(text);
  if (!match) return '';
  // A trailing dot or hyphen is the end of the sentence, not the address.
  const found = match[0].replace(/[.-]+$/, '').replace(/^[.'-]+/, '');
  const at = found.indexOf('@');
  const address = normaliseEmail(`${found.slice(0, at)}@${repairDomainDigits(found.slice(at + 1).toLowerCase())}`);
  const domain = address.slice(at + 1);
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  if (!TLD.test(tld) || address.length > FIELD_CAPS.email || !isValidEmail(address)) return '';
  return address;
}

// A URL with or without its scheme: labels, a top-level domain of letters, a port, a path.
const URL_SOURCE = String.raw`(?:https?:\/\/)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?(?:\/\S*)?`;
const URL_TEXT = new RegExp(`^${URL_SOURCE}$`);
const URL_TEXT_ANYWHERE = new RegExp(URL_SOURCE);

/** The website on one recognised line, with `https://` when the card prints none; '' when there is none. */
export function websiteOnLine(line: string): string {
  let text = line.normalize('NFKC').trim().replace(WEB_LABEL, '');
  if (text.includes('@')) return '';
  text = repairDomainText(text).replace(/^(h\s*t\s*t\s*p\s*s?)\s*[:;]\s*\/+\s*/i, (_, scheme: string) => `${scheme.replace(/\s/g, '').toLowerCase()}://`);
  // A line that is one address split by the engine ("mor ino.co.jp", "www, example, jp") is read without its spaces.
  const squashed = text.replace(/\s+/g, '').replace(/(?<=[A-Za-z0-9]),(?=[A-Za-z])/g, '.');
  if (URL_TEXT.test(squashed)) text = squashed;
  // "www" read as "wWw", "waw", "vvww": a first label of w and v with at most one other letter.
  text = text.replace(/^(https?:\/\/)?([a-z]{3,5})\.(?=[^.\s]+\.)/i, (all, scheme: string | undefined, label: string) =>
    /^[wv]*[a-z]?[wv]*$/i.test(label) && (label.match(/w/gi)?.length ?? 0) >= 2 ? `${scheme ?? ''}www.` : all,
  );
  const match = URL_TEXT_ANYWHERE.exec(text);
  if (!match) return '';
  const found = match[0];
  const scheme = /^https?:\/\//i.exec(found)?.[0] ?? '';
  const rest = found.slice(scheme.length);
  const slash = rest.indexOf('/');
  const host = repairDomainDigits((slash < 0 ? rest : rest.slice(0, slash)).toLowerCase().replace(/:\d+$/, ''));
  const path = slash < 0 ? '' : rest.slice(slash);
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  // A bare name needs a known ending or "www.", so "Co.,Ltd." or "y.kobayashi" never pass for one.
  if (!scheme && !host.startsWith('www.') && !TLD.test(tld)) return '';
  if (!TLD.test(tld) && !/^[a-z]{2,24}$/.test(tld)) return '';
  if (labels.some((l) => l === '' || l.startsWith('-') || l.endsWith('-'))) return '';
  const url = `${scheme ? scheme.toLowerCase() : 'https://'}${host}${path}`;
  if (url.length > FIELD_CAPS.website || !hasWebScheme(url) || !safeWebsite(url)) return '';
  return url;
}

/** Whether a line is a phone or fax number (never a field: the app keeps no phone numbers). */
export function isPhoneLine(line: string): boolean {
  const text = line.normalize('NFKC');
  if (/\b(?:tel|fax|phone|mobile|mob|cell|direct)\b|電話|携帯|☎|℡|📞/iu.test(text)) return true;
  const digits = text.replace(/[^0-9]/g, '').length;
  return /\+?\d[\d\s().-]{7,}\d/.test(text) && digits >= 8 && digits >= text.replace(/\s/g, '').length * 0.5;
}

/** Whether a line is a postal address. */
export function isAddressLine(line: string): boolean {
  const text = line.normalize('NFKC');
  if (/〒|\b\d{3}-\d{4}\b/u.test(text)) return true;
  if (/[都道府県市区町村].*\d|\d+丁目|番地|[0-9]+F\b|ビル\s*\d|ビル$/u.test(text)) return true;
  return /\d+\s+[A-Z][a-z]+\s+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Boulevard|Blvd\.?|Drive|Dr\.?|Way|Place|Square)\b|\b(?:Suite|Floor|Bldg\.?|Building)\s+\d/i.test(text);
}

/** Whether a line holds an email, a website, a phone number or an address. */
export function isContactLine(line: string): boolean {
  return emailOnLine(line) !== '' || websiteOnLine(line) !== '' || isPhoneLine(line) || isAddressLine(line) || /@|https?:|www\./i.test(line);
}
