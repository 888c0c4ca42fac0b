import { createSignal, For, Match, Show, Switch, type JSX } from 'solid-js';
import { emailKey } from '../../domain/card/email';
import type { ParsedCard, ReadError } from '../../domain/readers/finish-card';
import { decodeVCardBytes, MAX_VCF_FILE_LENGTH, parseVCardFile, type VCardFileError } from '../../domain/readers/vcard-file';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { storageErrorMessage } from '../../ui/storage-errors';
import { countKnownContacts, importContacts } from '../contacts/contacts-store';

/** Why one card in a .vcf could not be read, in words. */
export function readErrorText(reason: ReadError): string {
  switch (reason.kind) {
    case 'too-large':
      return t('import.errors.tooLarge');
    case 'malformed':
      return t('import.errors.malformed');
    case 'not-a-card':
      return t('import.errors.notACard');
    case 'empty-card':
      return t('import.errors.empty');
  }
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'preview'; cards: ParsedCard[]; errors: VCardFileError[]; known: number }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done'; added: number; merged: number; errors: VCardFileError[] };

/** vCard import: a preview ("312 contacts, 4 already here, 2 unreadable"), then one transaction. */
export function ImportVCards(): JSX.Element {
  const [stage, setStage] = createSignal<Stage>({ kind: 'idle' });
  const [problem, setProblem] = createSignal<string | null>(null);

  const choose = async (file: File | undefined) => {
    setProblem(null);
    setStage({ kind: 'idle' });
    if (!file) return;
    if (file.size > MAX_VCF_FILE_LENGTH * 3) return setProblem(t('import.errors.fileTooLarge'));
    const parsed = parseVCardFile(decodeVCardBytes(new Uint8Array(await file.arrayBuffer())));
    if (parsed.cards.length === 0) {
      setProblem(parsed.errors.length > 0 && parsed.errors[0]!.index === 0 ? readErrorText(parsed.errors[0]!.reason) : t('import.errors.noCards'));
      if (parsed.errors.length === 0 || parsed.errors[0]!.index === 0) return;
    }
    const known = await countKnownContacts(parsed.cards.filter((c) => c.card.email).map((c) => emailKey(c.card.email))).catch(() => 0);
    setStage({ kind: 'preview', cards: parsed.cards, errors: parsed.errors, known });
  };

  const run = async () => {
    const current = stage();
    if (current.kind !== 'preview') return;
    const total = current.cards.length;
    setStage({ kind: 'importing', done: 0, total });
    try {
      const outcome = await importContacts(
        current.cards.map((c) => ({ card: c.card, extraEmails: c.extraEmails, nameParts: c.nameParts, source: 'import' as const, eventId: null, expiresAt: null, note: c.note })),
        (done) => setStage({ kind: 'importing', done, total }),
      );
      setStage({ kind: 'done', added: outcome.added, merged: outcome.merged, errors: current.errors });
    } catch (error) {
      setStage({ kind: 'idle' });
      setProblem(`${storageErrorMessage(error)}`);
    }
  };

  const errorList = (errors: VCardFileError[]) => (
    <Show when={errors.length > 0}>
      <details class="import-errors">
        <summary>{t('import.unreadableList', { n: String(errors.length) })}</summary>
        <ul class="plain-list">
          <For each={errors.slice(0, 200)}>
            {(e) => (
              <li>
                {t('import.cardN', { n: String(e.index) })}
                <Show when={e.excerpt}> ({e.excerpt})</Show>: {readErrorText(e.reason)}
              </li>
            )}
          </For>
        </ul>
      </details>
    </Show>
  );

  return (
    <div class="field">
      <label class="button file-button">
        {t('import.choose')}
        <input type="file" accept=".vcf,text/vcard,text/x-vcard" class="visually-hidden" onChange={(e) => { void choose(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
      </label>
      <Show when={problem()}>
        <p class="alert" role="alert">
          {problem()}
        </p>
      </Show>
      <Switch>
        <Match when={stage().kind === 'preview' && (stage() as Extract<Stage, { kind: 'preview' }>)}>
          {(p) => (
            <div class="panel" role="region" aria-label={t('import.previewTitle')}>
              <p>
                {t('import.preview', { n: formatNumber(p().cards.length), known: formatNumber(p().known), bad: formatNumber(p().errors.length) })}
              </p>
              {errorList(p().errors)}
              <div class="button-row">
                <button type="button" class="button primary" onClick={() => void run()} disabled={p().cards.length === 0}>
                  {t('import.run', { n: formatNumber(p().cards.length) })}
                </button>
                <button type="button" class="button quiet" onClick={() => setStage({ kind: 'idle' })}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          )}
        </Match>
        <Match when={stage().kind === 'importing' && (stage() as Extract<Stage, { kind: 'importing' }>)}>
          {(p) => (
            <div role="status">
              <progress max={p().total} value={p().done} aria-label={t('import.progress')} />
              <p>{t('import.importing', { done: formatNumber(p().done), total: formatNumber(p().total) })}</p>
            </div>
          )}
        </Match>
        <Match when={stage().kind === 'done' && (stage() as Extract<Stage, { kind: 'done' }>)}>
          {(d) => (
            <div class="panel" role="status">
              <p class="success">{t('import.done', { added: formatNumber(d().added), merged: formatNumber(d().merged) })}</p>
              {errorList(d().errors)}
            </div>
          )}
        </Match>
      </Switch>
    </div>
  );
}
