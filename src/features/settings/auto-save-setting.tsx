import type { JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { reportStorageError } from '../../ui/storage-errors';
import { settings, updateSetting } from './settings-store';

/** Whether scanned Meishi cards are saved at once (on by default). */
export function AutoSaveSetting(): JSX.Element {
  return (
    <label class="checkbox">
      <input
        type="checkbox"
        checked={settings.autoSaveMeishi}
        onChange={(e) => void updateSetting('autoSaveMeishi', e.currentTarget.checked).catch(reportStorageError)}
      />
      <span>{t('settings.autoSave')}</span>
    </label>
  );
}
