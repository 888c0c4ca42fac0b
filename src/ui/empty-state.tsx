import { Show, type JSX } from 'solid-js';
import { Icon, type IconName } from './icons';

/** An honest "nothing here yet" message with an optional next step. */
export function EmptyState(props: { icon: IconName; title: string; hint?: string; children?: JSX.Element }): JSX.Element {
  return (
    <div class="empty-state">
      <Icon name={props.icon} size={48} />
      <h2>{props.title}</h2>
      <Show when={props.hint}>
        <p>{props.hint}</p>
      </Show>
      {props.children}
    </div>
  );
}
