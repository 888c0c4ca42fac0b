import { createSignal, onMount, Show, type JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { reportStorageError } from '../../ui/storage-errors';
import { loadContacts, notBackedUpCount } from '../contacts/contacts-store';
import { backUpNow } from './backup-store';
import { loadSettings } from './settings-store';

/** "N contacts not backed up", with a one-tap backup; hidden when everything is backed up. */
export function BackupReminder(): JSX.Element {
  const [busy, setBusy] = createSignal(false);
  onMount(() => void Promise.all([loadContacts(), loadSettings()]).catch(() => undefined));
  return (
    <Show when={notBackedUpCount() > 0}>
      <div class="alert info backup-reminder">
        <p>{t('backup.notBackedUp', { n: String(notBackedUpCount()) })}</p>
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
