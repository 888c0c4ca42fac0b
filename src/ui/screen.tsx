import { Show, type JSX } from 'solid-js';

/** A screen's frame: a heading row (with optional actions) and its content. */
export function Screen(props: { title: string; actions?: JSX.Element; back?: JSX.Element; children: JSX.Element }): JSX.Element {
  return (
    <section class="screen">
      <header class="screen-header">
        <Show when={props.back}>{props.back}</Show>
        <h1>{props.title}</h1>
        <Show when={props.actions}>
          <div class="screen-actions">{props.actions}</div>
        </Show>
      </header>
      <div class="screen-body">{props.children}</div>
    </section>
  );
}
