import { Show, type JSX } from 'solid-js';
import type { CardFields } from '../domain/types';

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
