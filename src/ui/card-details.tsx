import { For, Show, type JSX } from 'solid-js';
import { makeMailto } from '../domain/card/email';
import { safeWebsite } from '../domain/card/website';
import { websiteLabel } from '../domain/card/website-label';
import type { CardFields } from '../domain/types';
import { t } from '../i18n/i18n';

// A card's addresses as links, built only from what is safe: its text may come from a scanned
// code. (Apart from the card preview, so that a screen showing only the preview does not load
// the international-name rules.)

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
