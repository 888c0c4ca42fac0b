import { toUnicode } from 'punycode/punycode.es6.js';
import { safeWebsite } from './website';

// How a website is shown: the host its link really opens, the way browsers decide between an
// international name and its punycode form.

// Scripts a label may use together and still be shown in Unicode, as browsers do: Japanese
// mixes Han and kana, Korean Han and Hangul; every other label must stay within one script.
const SCRIPT_SETS = [
  /^[\p{Script=Latin}\p{N}-]+$/u,
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー\p{N}-]+$/u,
  /^[\p{Script=Han}\p{Script=Hangul}\p{N}-]+$/u,
  /^[\p{Script=Cyrillic}\p{N}-]+$/u,
  /^[\p{Script=Greek}\p{N}-]+$/u,
  /^[\p{Script=Arabic}\p{N}-]+$/u,
  /^[\p{Script=Hebrew}\p{N}-]+$/u,
  /^[\p{Script=Thai}\p{N}-]+$/u,
  /^[\p{Script=Devanagari}\p{N}-]+$/u,
];
// Cyrillic and Greek letters that look like Latin ones: a label of only these under a Latin
// top-level domain ("аррӏе.com") is a whole-script lookalike.
const LATIN_LOOKALIKES = /^[аасԁеһіјӏорԛѕԝхуᴦοαеικνрτυχ\p{N}-]+$/u;

/**
 * The website as it should be shown: the host the link really opens, then the path. A host
 * whose Unicode form could pass for another (mixed scripts, Cyrillic posing as Latin) is shown
 * in its punycode form (`xn--…`), as browsers do. `href` must come from `safeWebsite`.
 */
export function websiteLabel(href: string): string {
  return label(href, (labels) => {
    const unicode = labels.map((part) => (part.startsWith('xn--') ? safeDecode(part) : part));
    const tld = unicode[unicode.length - 1] ?? '';
    const latinTld = /^[a-z]+$/i.test(tld);
    const readable = unicode.every((part) => SCRIPT_SETS.some((set) => set.test(part)) && !(latinTld && !/^[\p{Script=Latin}\p{N}-]+$/u.test(part) && LATIN_LOOKALIKES.test(part)));
    return readable ? unicode : labels;
  });
}

/**
 * The website with its host exactly as the link opens it: an international name stays in its
 * `xn--` form, which can pass for nothing else. For the stranger's first look, painted before
 * the code that decides when Unicode is safe to show has arrived (the app then redraws it with
 * `websiteLabel`). `href` must come from `safeWebsite`.
 */
export function plainWebsiteLabel(href: string): string {
  return label(href, (labels) => labels);
}

// The host (its labels as `show` gives them back), the port, then the path.
function label(href: string, show: (labels: string[]) => string[]): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const host = show(url.hostname.split('.')).join('.') + (url.port ? `:${url.port}` : '');
  const rest = url.pathname === '/' && !url.search ? '' : url.pathname + url.search;
  return (url.protocol === 'http:' ? 'http://' : '') + host + rest;
}

/** A card's website as shown as text: the host its link really opens (`websiteLabel`), or the text itself when it is no safe link. */
export function shownWebsite(value: string): string {
  const href = value ? safeWebsite(value) : null;
  return href ? websiteLabel(href) : value;
}

function safeDecode(part: string): string {
  try {
    return toUnicode(part);
  } catch {
    return part;
  }
}
