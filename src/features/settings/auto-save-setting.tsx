import { createResource, type JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { getSetting, setSetting } from '../../storage/settings-repo';
import { reportStorageError } from '../../ui/storage-errors';

/** Whether scanned Meishi cards are saved at once (on by default). */
export function AutoSaveSetting(): JSX.Element {
  const [value, { mutate }] = createResource(() => getSetting('autoSaveMeishi').catch(() => true));
  return (
    <label class="checkbox">
      <input
        type="checkbox"
        checked={value() ?? true}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          mutate(on);
          void setSetting('autoSaveMeishi', on).catch(reportStorageError);
        }}
      />
      <span>{t('settings.autoSave')}</span>
    </label>
  );
}
