import { Show, type JSX } from 'solid-js';

/** A labelled single-line input with an optional hint and error, wired for screen readers. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'url' | 'search';
  hint?: string;
  error?: string;
  required?: boolean;
  maxLength?: number;
  autocomplete?: string;
  inputMode?: 'text' | 'email' | 'url';
  lang?: string;
  placeholder?: string;
}): JSX.Element {
  const describedBy = () => [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <div class="label-row">
        <label for={props.id}>{props.label}</label>
        {/* Outside the label, so the field's accessible name stays exactly its label. */}
        <Show when={props.required}>
          <span class="required-mark" aria-hidden="true">
            *
          </span>
        </Show>
      </div>
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy()}
        maxLength={props.maxLength}
        autocomplete={props.autocomplete}
        inputMode={props.inputMode}
        lang={props.lang}
        placeholder={props.placeholder}
        spellcheck={false}
      />
      <Show when={props.hint}>
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      </Show>
      <Show when={props.error}>
        <span class="error" id={`${props.id}-error`}>
          {props.error}
        </span>
      </Show>
    </div>
  );
}
