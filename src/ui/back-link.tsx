import type { JSX } from 'solid-js';
import { A } from './router';
import { Icon } from './icons';

/** A "back" link to the parent screen, named for screen readers. */
export function BackLink(props: { href: string; label: string }): JSX.Element {
  return (
    <A class="button quiet icon-only" href={props.href} aria-label={props.label}>
      <Icon name="back" />
    </A>
  );
}
