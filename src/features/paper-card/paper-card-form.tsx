import { createEffect, createSignal, For, on, Show, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldError } from '../../domain/card/card-validation';
import { checkPaperCard, recognisedText } from '../../domain/paper-card/check-paper-card';
import { emptyFields, type PaperCardFields } from '../../domain/paper-card/guess-fields';
import type { CardFields } from '../../domain/types';
import { t, type MessageKey } from '../../i18n/i18n';
import { TextField } from '../../ui/text-field';
import { fieldErrorText } from '../my-card/field-error-text';

/** What the form hands over on Save: the checked card and notes, the kept photos and the recognised text. */
export interface PaperCardResult {
  card: CardFields;
  notes: string;
  /** The prepared photos, front first (WebP or JPEG, long side ≤ 1600 px, ≤ 250 KB each); none when typed in by hand. */
  photos: Blob[];
  /** Every recognised line, front then back, one per line ('' when typed in by hand). */
  text: string;
}

type FieldKey = keyof PaperCardFields;
type Target = FieldKey | 'notes';

/** The form's fields, in the order a person reads a card. */
const FIELDS: { key: FieldKey; label: MessageKey; type?: 'email' | 'url'; autocomplete: string; lang?: string }[] = [
  { key: 'name', label: 'card.name', autocomplete: 'off' },
  { key: 'reading', label: 'card.reading', autocomplete: 'off', lang: 'ja' },
  { key: 'org', label: 'card.org', autocomplete: 'off' },
  { key: 'title', label: 'card.title', autocomplete: 'off' },
  { key: 'email', label: 'card.email', type: 'email', autocomplete: 'off' },
  { key: 'website', label: 'card.website', type: 'url', autocomplete: 'off' },
];

/**
 * A contact's card as a form: Name, Reading, Organization, Title, Email, Website and Notes.
 * `guess` fills the fields the person has not typed in yet (a new guess after a turned photo
 * never overwrites their typing); each recognised line is a button that puts it into the
 * field last focused. Save appears only with an `onSave`.
 */
export function PaperCardForm(props: {
  guess: PaperCardFields;
  lines: string[];
  photos: Blob[];
  onSave?: (result: PaperCardResult) => Promise<void>;
}): JSX.Element {
  const [fields, setFields] = createStore<PaperCardFields>(emptyFields());
  const [notes, setNotes] = createSignal('');
  const [target, setTarget] = createSignal<Target>('name');
  const [submitted, setSubmitted] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const typed = new Set<Target>();
  let form!: HTMLFormElement;

  createEffect(
    on(
      () => ({ ...props.guess }),
      (guess) => {
        for (const field of FIELDS) if (!typed.has(field.key)) setFields(field.key, guess[field.key]);
      },
    ),
  );

  const input = (key: Target, value: string) => {
    typed.add(key);
    if (key === 'notes') setNotes(value);
    else setFields(key, value);
  };

  const check = () => checkPaperCard(fields, notes());
  const errorFor = (key: Target): string | undefined => {
    const error: FieldError | undefined = submitted() ? check().errors[key] : undefined;
    return error && fieldErrorText(key === 'notes' ? 'tagline' : key, error);
  };

  // A line goes into the field last focused: the notes get it as a new line, any other field is replaced.
  const put = (line: string) => {
    const key = target();
    if (key === 'notes') input('notes', notes() ? `${notes()}\n${line}` : line);
    else input(key, line);
    form.querySelector<HTMLElement>(`#paper-${key}`)?.focus();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!props.onSave) return;
    setSubmitted(true);
    const result = check();
    if (!result.ok) {
      queueMicrotask(() => form.querySelector<HTMLElement>(result.empty ? '#paper-name' : '[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      await props.onSave({ card: result.card, notes: result.notes, photos: props.photos, text: recognisedText(props.lines) });
    } finally {
      setBusy(false);
    }
  };

  const fieldLabel = (key: Target) => (key === 'notes' ? t('paper.notes') : t(FIELDS.find((f) => f.key === key)!.label));

  return (
    <form ref={form} class="card-editor paper-card-form" novalidate onSubmit={submit} onFocusIn={(e) => {
      const id = (e.target as HTMLElement).id;
      if (id.startsWith('paper-')) setTarget(id.slice('paper-'.length) as Target);
    }}>
      <For each={FIELDS}>
        {(field) => (
          <TextField
            id={`paper-${field.key}`}
            label={t(field.label)}
            type={field.type}
            value={fields[field.key]}
            onInput={(value) => input(field.key, value)}
            autocomplete={field.autocomplete}
            error={errorFor(field.key)}
            lang={field.lang}
            inputMode={field.type === 'email' ? 'email' : field.type === 'url' ? 'url' : undefined}
          />
        )}
      </For>
      <div class="field">
        <label for="paper-notes">{t('paper.notes')}</label>
        <textarea
          id="paper-notes"
          rows={3}
          value={notes()}
          onInput={(e) => input('notes', e.currentTarget.value)}
          aria-invalid={errorFor('notes') ? 'true' : undefined}
          aria-describedby={errorFor('notes') ? 'paper-notes-error' : undefined}
        />
        <Show when={errorFor('notes')}>
          <span class="error" id="paper-notes-error">
            {errorFor('notes')}
          </span>
        </Show>
      </div>
      <Show when={props.lines.length > 0}>
        <section class="recognised-lines" aria-labelledby="paper-lines-title">
          <h2 id="paper-lines-title">{t('paper.lines')}</h2>
          <p class="hint" id="paper-lines-hint">
            {t('paper.linesHint')} <strong>{t('paper.putInto', { field: fieldLabel(target()) })}</strong>
          </p>
          <ul class="line-buttons">
            <For each={props.lines}>
              {(line) => (
                <li>
                  {/* Pressing the button must not take the focus from the field the line is for. */}
                  <button type="button" class="button line-button" aria-describedby="paper-lines-hint" onPointerDown={(e) => e.preventDefault()} onClick={() => put(line)}>
                    {line}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <Show when={props.onSave}>
        <Show when={submitted() && !check().ok}>
          <p class="error" role="alert">
            {check().empty ? t('paper.nothingTyped') : t('validation.fixBelow')}
          </p>
        </Show>
        <div class="button-row">
          <button type="submit" class="button primary" disabled={busy()}>
            {t('paper.save')}
          </button>
        </div>
      </Show>
    </form>
  );
}
