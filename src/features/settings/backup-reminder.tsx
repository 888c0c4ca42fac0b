import { createResource, createSignal, Show, type JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { reportStorageError } from '../../ui/storage-errors';
import { backUpNow } from './backup-actions';
import { backupStatusVersion, countNotBackedUp } from './backup-status';

/** "N contacts not backed up", with a one-tap backup; hidden when everything is backed up. */
export function BackupReminder(): JSX.Element {
  const [count] = createResource(backupStatusVersion, () => countNotBackedUp().catch(() => 0));
  const [busy, setBusy] = createSignal(false);
  return (
    <Show when={(count() ?? 0) > 0}>
      <div class="alert info backup-reminder">
        <p>{t('backup.notBackedUp', { n: String(count()) })}</p>
        <button
          type="button"
          class="button"
          disabled={busy()}
          onClick={() => {
            setBusy(true);
            void backUpNow()
              .catch(reportStorageError)
              .finally(() => setBusy(false));
          }}
        >
          {t('backup.backUpNow')}
        </button>
      </div>
    </Show>
  );
}
