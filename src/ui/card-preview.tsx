import { For, Show, type JSX } from 'solid-js';
import { makeMailto } from '../domain/card/email';
import { safeWebsite, websiteLabel } from '../domain/card/website';
import type { CardFields } from '../domain/types';
import { t } from '../i18n/i18n';

// A card as the screens show it. Its text may come from a scanned code, so it is rendered as
// text only (never HTML), and an address or website becomes a link only when it is safe.

/** A card's details as text (never HTML), laid out like a printed business card. */
export function CardPreview(props: { card: CardFields; headingLevel?: 2 | 3 }): JSX.Element {
  return (
    <div class="card-preview">
      <Show when={props.card.reading}>
        <p class="card-reading" lang="ja">
          {props.card.reading}
        </p>
      </Show>
      <Show when={props.card.name} fallback={<p class="card-name">{props.card.email}</p>}>
        {props.headingLevel === 3 ? <h3 class="card-name">{props.card.name}</h3> : <h2 class="card-name">{props.card.name}</h2>}
      </Show>
      <Show when={props.card.title || props.card.org}>
        <p class="card-role">{[props.card.title, props.card.org].filter(Boolean).join(' · ')}</p>
      </Show>
      <Show when={props.card.tagline}>
        <p class="card-tagline">{props.card.tagline}</p>
      </Show>
    </div>
  );
}

/** A card's email addresses (its own, then any further ones) and website, as a list of links. */
export function CardDetails(props: { card: CardFields; extraEmails?: readonly string[] }): JSX.Element {
  return (
    <dl class="card-details">
      <Show when={props.card.email}>
        <dt>{t('card.email')}</dt>
        <dd>
          <EmailLink email={props.card.email} />
        </dd>
      </Show>
      <For each={props.extraEmails}>
        {(email) => (
          <>
            <dt>{t('card.email')}</dt>
            <dd>
              <EmailLink email={email} />
            </dd>
          </>
        )}
      </For>
      <Show when={props.card.website}>
        <dt>{t('card.website')}</dt>
        <dd>
          <WebsiteLink url={props.card.website} />
        </dd>
      </Show>
    </dl>
  );
}

/** An email address as a `mailto:` link built from the validated address (plain text otherwise). */
function EmailLink(props: { email: string }): JSX.Element {
  const href = () => makeMailto(props.email);
  return (
    <Show when={href()} fallback={<span>{props.email}</span>}>
      {(url) => <a href={url()}>{props.email}</a>}
    </Show>
  );
}

/**
 * A website as a link only if it is http(s); anything else is shown as plain text. The link
 * shows the address it really opens (not the text as typed), lookalike hosts in punycode.
 */
function WebsiteLink(props: { url: string }): JSX.Element {
  const href = () => safeWebsite(props.url);
  return (
    <Show when={href()} fallback={<span>{props.url}</span>}>
      {(url) => (
        <a href={url()} target="_blank" rel="noopener noreferrer nofollow">
          {websiteLabel(url())}
        </a>
      )}
    </Show>
  );
}
