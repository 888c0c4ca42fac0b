import type { CardFields } from '../types';
import { capLength, cleanLine } from '../card/clean-text';
import { makeMailto } from '../card/email';
import { FIELD_CAPS } from '../caps';
import { safeWebsite } from '../card/website';
import { decodeSharedCard } from '../share/payload-codec';

// "Send my contact back": the person who opened a shared card writes their details into a short
// form, and their own mail app opens with an email to the card's owner. Nothing is sent by the
// app: the mailto: link is the whole transport. Every field is hostile text, so each is cleaned
// to one line and only ever placed in the body, which `makeMailto` percent-encodes as a single
// parameter: no "&bcc=", "?", "%0A" or CR/LF can become a header or a second recipient.

/** What the person types into the form. */
export interface SwapBackForm {
  name: string;
  org: string;
  /** A line such as "We met at the Shibuya mixer". */
  message: string;
  /** Their own time-limited Meishi link (when their browser has a card), or ''. */
  meishiLink: string;
}

/**
 * The email's sentences in the page's language, from the i18n layer. Placeholders: `{name}` and
 * `{org}` (the sender's), `{cardName}` (the card's owner).
 */
export interface SwapBackStrings {
  subject: string;
  /** The first line, e.g. "Dear {cardName},"; left out when the card has no name. */
  greeting: string;
  /** The line before the sender's details, e.g. "Thank you for your card. Here are my details:". */
  intro: string;
  /** The line before their Meishi link, e.g. "My card in Meishi (valid for a limited time):". */
  linkLabel: string;
}

/** The longest text each form field takes (the form's inputs use the same caps). */
export const SWAP_BACK_CAPS: Readonly<Record<Exclude<keyof SwapBackForm, 'meishiLink'>, number>> = {
  name: FIELD_CAPS.name,
  org: FIELD_CAPS.org,
  message: 300,
};

/** Why the email cannot be composed (machine-readable; the UI words it). */
export type SwapBackError =
  | { reason: 'invalid-recipient' }
  | { reason: 'name-missing' }
  | { reason: 'too-long'; field: keyof typeof SWAP_BACK_CAPS }
  /** The link is not a valid, unexpired Meishi card link. */
  | { reason: 'invalid-link' };

/** The composed email and the `mailto:` that opens it, or why not. */
export type SwapBackResult = { ok: true; subject: string; body: string; mailto: string } | ({ ok: false } & SwapBackError);

/** Fills `{key}` placeholders in one pass, so a value that looks like a placeholder stays as written. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(name|org|cardName)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The email to the card's owner from the form, in the page's language, at `now` (to check the link). */
export function composeSwapBack(card: Pick<CardFields, 'name' | 'email'>, form: SwapBackForm, strings: SwapBackStrings, now: number): SwapBackResult {
  const fields = { name: cleanLine(form.name), org: cleanLine(form.org), message: cleanLine(form.message) };
  for (const key of Object.keys(SWAP_BACK_CAPS) as (keyof typeof SWAP_BACK_CAPS)[]) {
    if (fields[key].length > SWAP_BACK_CAPS[key]) return { ok: false, reason: 'too-long', field: key };
  }
  if (!fields.name) return { ok: false, reason: 'name-missing' };
  let link = '';
  if (form.meishiLink.trim()) {
    const safe = safeWebsite(form.meishiLink);
    if (!safe || !decodeSharedCard(safe, now).ok) return { ok: false, reason: 'invalid-link' };
    link = safe;
  }
  const cardName = capLength(cleanLine(card.name), FIELD_CAPS.name);
  const values = { name: fields.name, org: fields.org, cardName };
  const subject = cleanLine(fill(strings.subject, values));
  const paragraphs = [
    cardName ? [fill(strings.greeting, values)] : [],
    fields.message ? [fields.message] : [],
    [fill(strings.intro, values), fields.name, ...(fields.org ? [fields.org] : [])],
    link ? [fill(strings.linkLabel, values), link] : [],
  ].filter((lines) => lines.length > 0);
  const body = paragraphs.map((lines) => lines.join('\n')).join('\n\n');
  const mailto = makeMailto(card.email, subject, body);
  return mailto === null ? { ok: false, reason: 'invalid-recipient' } : { ok: true, subject, body, mailto };
}
