import { createSignal, For, Show, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import { validateCard, validateLabel, type CardValidation, type FieldError } from '../../domain/card/card-validation';
import type { CardFields } from '../../domain/types';
import { t, type MessageKey } from '../../i18n/i18n';
import { TextField } from '../../ui/text-field';
import { fieldErrorText } from './field-error-text';

/** The editor's fields, in the order a person fills them in. */
const FIELDS: { key: keyof CardFields; label: MessageKey; type?: 'email' | 'url'; autocomplete: string; hint?: MessageKey; lang?: string }[] = [
  { key: 'name', label: 'card.name', autocomplete: 'name' },
  { key: 'reading', label: 'card.reading', autocomplete: 'off', hint: 'card.readingHint', lang: 'ja' },
  { key: 'org', label: 'card.org', autocomplete: 'organization' },
  { key: 'title', label: 'card.title', autocomplete: 'organization-title' },
  { key: 'email', label: 'card.email', type: 'email', autocomplete: 'email', hint: 'card.emailHint' },
  { key: 'website', label: 'card.website', type: 'url', autocomplete: 'url', hint: 'card.websiteHint' },
  { key: 'tagline', label: 'card.tagline', autocomplete: 'off', hint: 'card.taglineHint' },
];

/** A card form: validates on submit (then as you type), and hands back clean values. */
export function CardEditor(props: {
  initial: CardFields;
  initialLabel: string;
  submitLabel: string;
  /** For a contact's card: no label, and the email may be empty (an expired card has none). */
  hideLabel?: boolean;
  emailOptional?: boolean;
  /** More fields under the name and its reading (a contact's name parts), given the name and reading as typed. */
  afterReading?: (typed: { name: () => string; reading: () => string }) => JSX.Element;
  /** More of the form after the fields, given the fields as typed (e.g. options that depend on the email). */
  extra?: (fields: CardFields) => JSX.Element;
  onSubmit: (fields: CardFields, label: string) => Promise<void>;
  onCancel?: () => void;
}): JSX.Element {
  const [fields, setFields] = createStore<CardFields>({ ...props.initial });
  const [label, setLabel] = createSignal(props.initialLabel);
  const [submitted, setSubmitted] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const afterReading = props.afterReading?.({ name: () => fields.name, reading: () => fields.reading });
  let form!: HTMLFormElement;

  const validation = (): CardValidation => {
    const result = validateCard(fields);
    if (props.emailOptional && result.errors.email?.code === 'required') {
      const { email: _, ...errors } = result.errors;
      return { ...result, errors, ok: Object.keys(errors).length === 0 };
    }
    return result;
  };
  const labelCheck = () => validateLabel(label());
  const errorFor = (key: keyof CardFields): string | undefined => {
    const error: FieldError | undefined = submitted() ? validation().errors[key] : undefined;
    return error && fieldErrorText(key, error);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const result = validation();
    const labelResult = labelCheck();
    if (!result.ok || labelResult.error) {
      // Take the person straight to the first problem.
      queueMicrotask(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      await props.onSubmit(result.value, labelResult.value || t('card.defaultLabel'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} class="card-editor" novalidate onSubmit={submit}>
      <Show when={!props.hideLabel}>
      <TextField
        id="card-label"
        label={t('card.label')}
        hint={t('card.labelHint')}
        value={label()}
        onInput={setLabel}
        autocomplete="off"
        error={submitted() && labelCheck().error ? fieldErrorText('label', labelCheck().error!) : undefined}
      />
      </Show>
      <For each={FIELDS}>
        {(field) => (
          <>
          <TextField
            id={`card-${field.key}`}
            label={t(field.label)}
            type={field.type}
            value={fields[field.key]}
            onInput={(value) => setFields(field.key, value)}
            autocomplete={field.autocomplete}
            hint={field.hint ? t(field.hint) : undefined}
            required={field.key === 'email' && !props.emailOptional}
            error={errorFor(field.key)}
            lang={field.lang}
            inputMode={field.type === 'email' ? 'email' : field.type === 'url' ? 'url' : undefined}
          />
          <Show when={field.key === 'reading'}>{afterReading}</Show>
          </>
        )}
      </For>
      {props.extra?.(fields)}
      <Show when={!props.hideLabel}>
        <p class="hint muted">{t('card.noPhoneNote')}</p>
      </Show>
      <Show when={submitted() && !validation().ok}>
        <p class="error" role="alert">
          {t('validation.fixBelow')}
        </p>
      </Show>
      <div class="button-row">
        <button type="submit" class="button primary" disabled={busy()}>
          {props.submitLabel}
        </button>
        <Show when={props.onCancel}>
          <button type="button" class="button" onClick={() => props.onCancel?.()}>
            {t('common.cancel')}
          </button>
        </Show>
      </div>
    </form>
  );
}
