import { createSignal, Match, Show, Switch, type JSX } from 'solid-js';
import type { BackupData } from '../../domain/backup/backup-format';
import type { BackupError, BackupSummary } from '../../domain/backup/backup-error';
import { formatDateTime } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { storageErrorMessage } from '../../ui/storage-errors';
import { showToast } from '../../ui/toast-store';
import { readBackupFile, restoreFromBackup } from './backup-store';

function errorText(error: BackupError): string {
  switch (error.kind) {
    case 'too-large':
      return t('backup.errors.tooLarge');
    case 'not-json':
      return t('backup.errors.notJson');
    case 'not-meishi':
      return t('backup.errors.notMeishi');
    case 'newer-version':
      return t('backup.errors.newer');
    case 'truncated':
      return t('backup.errors.truncated');
    case 'invalid':
      // The reason in words, in the UI's language (the code itself is for the tests and the console).
      return t('backup.errors.invalid', { path: error.path, reason: t(`backup.errors.reasons.${error.reason}`) });
  }
}

/** Restore: the whole file is checked first; then the person sees what it holds and picks merge or replace. */
export function RestoreBackup(): JSX.Element {
  const [preview, setPreview] = createSignal<{ data: BackupData; summary: BackupSummary } | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setProblem(null);
    if (!file) return;
    const result = await readBackupFile(file);
    if (result.ok) setPreview({ data: result.data, summary: result.summary });
    else setProblem(errorText(result.error));
  };

  const restore = async (mode: 'merge' | 'replace') => {
    const current = preview();
    if (!current) return;
    if (mode === 'replace' && !window.confirm(t('backup.confirmReplace'))) return;
    setBusy(true);
    try {
      const outcome = await restoreFromBackup(current.data, mode);
      setPreview(null);
      showToast({
        message: t('backup.restored', {
          contacts: String(outcome.contacts.added + outcome.contacts.updated + outcome.contacts.merged),
          events: String(outcome.events.added + outcome.events.updated),
        }),
      });
    } catch (error) {
      setProblem(storageErrorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="field">
      <label class="button file-button">
        {t('backup.restore')}
        <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => { void choose(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
      </label>
      <Show when={problem()}>
        <p class="alert" role="alert">
          {problem()} {t('backup.nothingChanged')}
        </p>
      </Show>
      <Show when={preview()}>
        {(p) => (
          <div class="panel restore-preview" role="region" aria-label={t('backup.previewTitle')}>
            <p>
              {t('backup.contains', {
                cards: String(p().summary.cards),
                contacts: String(p().summary.contacts),
                events: String(p().summary.events),
              })}
            </p>
            <Show when={p().summary.exportedAt}>{(at) => <p class="muted">{t('backup.madeOn', { date: formatDateTime(at()) })}</p>}</Show>
            <Switch>
              <Match when={!busy()}>
                <div class="button-row">
                  <button type="button" class="button primary" onClick={() => void restore('merge')}>
                    {t('backup.merge')}
                  </button>
                  <button type="button" class="button danger" onClick={() => void restore('replace')}>
                    {t('backup.replace')}
                  </button>
                  <button type="button" class="button quiet" onClick={() => setPreview(null)}>
                    {t('common.cancel')}
                  </button>
                </div>
                <p class="hint muted">{t('backup.mergeHint')}</p>
              </Match>
              <Match when={busy()}>
                <p role="status">{t('backup.restoring')}</p>
              </Match>
            </Switch>
          </div>
        )}
      </Show>
    </div>
  );
}
