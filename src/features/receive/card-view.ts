import { makeMailto } from '../../domain/card/email';
import { safeWebsite } from '../../domain/card/website';
import { decodeSharedCard, type PayloadError, type SharedCard } from '../../domain/share/payload-codec';
import type { firstLookEn } from '../../i18n/en/first-look';
import { fill, remaining } from '../../i18n/first-look';

// A shared card as the receiver sees it, drawn with plain DOM calls and text nodes only (the
// card's text is someone else's: never HTML). The page itself paints it before any framework
// loads (src/first-look.ts); the app's Receive screen draws the same with this same code.

/** The messages the card view needs, in one language. */
export type CardViewMessages = typeof firstLookEn;

/** What the view is told about its language and clock. */
export interface CardViewOptions {
  messages: CardViewMessages;
  /** A BCP 47 tag for dates ("en", "ja"). */
  locale: string;
  now: () => number;
  /** How the website is shown (`websiteLabel`; the first look, before that code arrives, `plainWebsiteLabel`). */
  websiteLabel: (href: string) => string;
}

/**
 * Draws the card (or why it cannot be shown) into `container`, and keeps the countdown
 * running: the moment the card expires its details are replaced by the expiry notice. Stops by
 * itself once `container` leaves the page; returns a function that stops it sooner.
 */
export function renderCardView(container: HTMLElement, fragment: string, options: CardViewOptions): () => void {
  let shown: 'valid' | 'problem' | null = null;
  let validity: HTMLElement | null = null;
  const draw = (first = false): boolean => {
    const now = options.now();
    const result = decodeSharedCard(fragment, now);
    if (result.ok) {
      if (shown !== 'valid') {
        container.replaceChildren(cardElement(result.value, options));
        validity = container.querySelector('.validity');
        shown = 'valid';
      }
      // The first time, the card is painted before the dates are worked out: a phone's first
      // date format can take longer than drawing the whole card. (A frame callback alone would
      // run before that frame's paint; the task after it runs once the card is on screen.)
      const line = validity;
      if (line && first) requestAnimationFrame(() => setTimeout(() => (line.textContent ||= validityText(result.value, options.now(), options))));
      else if (line) line.textContent = validityText(result.value, now, options);
    } else if (shown !== 'problem') {
      container.replaceChildren(problemElement(result.error, options));
      shown = 'problem';
    }
    return result.ok;
  };
  draw(true);
  const timer = setInterval(() => {
    if (!container.isConnected) return stop();
    // Once refused, a card stays refused: nothing more to update.
    if (!draw()) stop();
  }, 1000);
  const stop = () => clearInterval(timer);
  return stop;
}

function cardElement(shared: SharedCard, options: CardViewOptions): HTMLElement {
  const { card } = shared;
  const { messages } = options;
  const article = element('article', 'panel received-card');
  const preview = element('div', 'card-preview');
  if (card.reading) preview.append(element('p', 'card-reading', card.reading, { lang: 'ja' }));
  preview.append(card.name ? element('h2', 'card-name', card.name) : element('p', 'card-name', card.email));
  const role = [card.title, card.org].filter(Boolean).join(' · ');
  if (role) preview.append(element('p', 'card-role', role));
  if (card.tagline) preview.append(element('p', 'card-tagline', card.tagline));
  const details = element('dl', 'card-details');
  const mailto = makeMailto(card.email);
  details.append(element('dt', '', messages.card.email), withChild(element('dd'), mailto ? element('a', '', card.email, { href: mailto }) : element('span', '', card.email)));
  const website = card.website ? safeWebsite(card.website) : null;
  if (card.website) {
    const link = website ? element('a', '', options.websiteLabel(website), { href: website, target: '_blank', rel: 'noopener noreferrer nofollow' }) : element('span', '', card.website);
    details.append(element('dt', '', messages.card.website), withChild(element('dd'), link));
  }
  article.append(preview, details, element('p', 'validity'));
  return article;
}

function problemElement(error: PayloadError, options: CardViewOptions): HTMLElement {
  const { receive, update } = options.messages;
  const alert = element('div', 'alert', undefined, { role: 'alert' });
  const message =
    error.kind === 'expired'
      ? fill(receive.expired, { date: dateTime(error.expiresAt, options.locale) })
      : error.kind === 'unsupported-version'
        ? receive.newerVersion
        : error.kind === 'issued-in-future'
          ? receive.clockAhead
          : receive.malformed;
  alert.append(element('p', '', message));
  if (error.kind === 'expired') alert.append(element('p', 'muted', receive.expiredHint));
  if (error.kind === 'unsupported-version') {
    const reload = element('button', 'button', update.reload, { type: 'button' });
    reload.addEventListener('click', () => window.location.reload());
    alert.append(reload);
  }
  return alert;
}

function validityText(shared: SharedCard, now: number, options: CardViewOptions): string {
  const { receive, show } = options.messages;
  return `${fill(receive.validUntil, { time: dateTime(shared.expiresAt, options.locale) })} · ${fill(show.remaining, { time: remaining(shared.expiresAt - now, (key, values) => fill(options.messages.duration[key], values)) })}`;
}

// One formatter per language, built once: building one is the costly part of formatting a date.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateTime(ms: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(ms);
}

function element(tag: string, className = '', text?: string, attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function withChild(parent: HTMLElement, child: HTMLElement): HTMLElement {
  parent.append(child);
  return parent;
}
