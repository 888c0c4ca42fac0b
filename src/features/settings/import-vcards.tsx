import { createSignal, For, Match, onCleanup, Show, Switch, type JSX } from 'solid-js';
import { emailKey } from '../../domain/card/email';
import type { ParsedCard, ReadError } from '../../domain/readers/finish-card';
import { MAX_VCF_FILE_LENGTH, type ReadProgress, type VCardFileError } from '../../domain/readers/vcard-file';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { storageErrorMessage } from '../../ui/storage-errors';
import { countKnownContacts, importContacts } from '../contacts/contacts-store';
import { readVcfFile, type VcfReading } from './read-vcf-file';

/** Why one card in a .vcf could not be read, in words: what happened to it and what to do. */
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

/** Why a whole file could not be read, in words. */
function fileErrorText(reason: ReadError): string {
  if (reason.kind === 'too-large') return t('import.errors.fileTooLarge');
  if (reason.kind === 'not-a-card') return t('import.errors.notAVcard');
  return t('import.errors.unreadable');
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: ReadProgress | null }
  | { kind: 'preview'; cards: ParsedCard[]; errors: VCardFileError[]; known: number }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done'; added: number; merged: number; errors: VCardFileError[] };

/**
 * vCard import: the file is read off the page's thread with progress (and can be stopped), then a
 * preview ("312 contacts, 4 already here, 2 unreadable"), then one all-or-nothing transaction.
 */
export function ImportVCards(): JSX.Element {
  const [stage, setStage] = createSignal<Stage>({ kind: 'idle' });
  const [problem, setProblem] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  let reading: VcfReading | null = null;
  onCleanup(() => reading?.cancel());

  const choose = async (file: File | undefined) => {
    reading?.cancel();
    setProblem(null);
    setNotice(null);
    setStage({ kind: 'idle' });
    if (!file) return;
    // UTF-8 takes at most 3 bytes per UTF-16 unit: a larger file cannot be within the text cap.
    if (file.size > MAX_VCF_FILE_LENGTH * 3) return setProblem(t('import.errors.fileTooLarge'));
    setStage({ kind: 'reading', progress: null });
    const current = (reading = readVcfFile(file, (progress) => {
      if (reading === current) setStage({ kind: 'reading', progress });
    }));
    let parsed;
    try {
      parsed = await current.result;
    } catch {
      parsed = { cards: [], errors: [{ index: 0, reason: { kind: 'malformed' as const, detail: 'unreadable' }, excerpt: '' }] };
    }
    if (reading !== current) return;
    reading = null;
    if (!parsed) return;
    const fileError = parsed.errors[0]?.index === 0 ? parsed.errors[0] : undefined;
    if (fileError) {
      setStage({ kind: 'idle' });
      return setProblem(fileErrorText(fileError.reason));
    }
    if (parsed.cards.length === 0) setProblem(t('import.errors.noCards', { n: formatNumber(parsed.errors.length) }));
    const emails = parsed.cards.flatMap((c) => (c.card.email ? [emailKey(c.card.email)] : []));
    const known = await countKnownContacts(emails).catch(() => 0);
    setStage({ kind: 'preview', cards: parsed.cards, errors: parsed.errors, known });
  };

  const stop = () => {
    reading?.cancel();
    reading = null;
    setStage({ kind: 'idle' });
    setNotice(t('import.cancelled'));
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
        <summary>{t('import.unreadableList', { n: formatNumber(errors.length) })}</summary>
        <ul class="plain-list">
          <For each={errors.slice(0, 200)}>
            {(e) => (
              <li>
                {t('import.cardN', { n: formatNumber(e.index) })}
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
        <input
          type="file"
          accept=".vcf,text/vcard,text/x-vcard"
          class="visually-hidden"
          onChange={(e) => {
            void choose(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <Show when={problem()}>
        <p class="alert" role="alert">
          {problem()}
        </p>
      </Show>
      <Show when={notice()}>
        <p role="status">{notice()}</p>
      </Show>
      <Switch>
        <Match when={stage().kind === 'reading' && (stage() as Extract<Stage, { kind: 'reading' }>)}>
          {(r) => (
            <div role="status">
              <Show when={r().progress} fallback={<progress aria-label={t('import.readProgress')} />}>
                {(p) => <progress max={p().total} value={p().done} aria-label={t('import.readProgress')} />}
              </Show>
              <p>
                {r().progress
                  ? t('import.readingCards', { done: formatNumber(r().progress!.done), total: formatNumber(r().progress!.total) })
                  : t('import.reading')}
              </p>
              <button type="button" class="button quiet" onClick={stop}>
                {t('common.cancel')}
              </button>
            </div>
          )}
        </Match>
        <Match when={stage().kind === 'preview' && (stage() as Extract<Stage, { kind: 'preview' }>)}>
          {(p) => (
            <div class="panel" role="region" aria-label={t('import.previewTitle')}>
              <p>{t('import.preview', { n: formatNumber(p().cards.length), known: formatNumber(p().known), bad: formatNumber(p().errors.length) })}</p>
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
