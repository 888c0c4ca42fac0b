import { Show, type JSX } from 'solid-js';
import { makeMailto } from '../domain/card/email';
import { safeWebsite } from '../domain/card/website';

/** An email address as a `mailto:` link built from the validated address (plain text otherwise). */
export function EmailLink(props: { email: string }): JSX.Element {
  const href = () => makeMailto(props.email);
  return (
    <Show when={href()} fallback={<span>{props.email}</span>}>
      {(url) => <a href={url()}>{props.email}</a>}
    </Show>
  );
}

/** A website as a link only if it is http(s); anything else is shown as plain text. */
export function WebsiteLink(props: { url: string }): JSX.Element {
  const href = () => safeWebsite(props.url);
  return (
    <Show when={href()} fallback={<span>{props.url}</span>}>
      {(url) => (
        <a href={url()} target="_blank" rel="noopener noreferrer nofollow">
          {props.url}
        </a>
      )}
    </Show>
  );
}
