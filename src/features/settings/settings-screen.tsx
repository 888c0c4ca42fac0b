import type { JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { Screen } from '../../ui/screen';
import { reportStorageError } from '../../ui/storage-errors';
import { backUpNow } from './backup-store';
import { settings, updateSetting } from './settings-store';
import { BackupReminder } from './backup-reminder';
import { EmailTemplateSetting } from './email-template-setting';
import { ExportAll } from './export-all';
import { ImportVCards } from './import-vcards';
import { LanguageSetting } from './language-setting';
import { MailFilters } from '../mail/mail-filters';
import { NotificationSetting } from './notification-setting';
import { RestoreBackup } from './restore-backup';
import { StorageStatusView } from './storage-status';
import { ReaderPanel } from '../paper-card/reader-panel';

/** App-wide preferences, data (export, import, backup) and information. */
export function SettingsScreen(): JSX.Element {
  return (
    <Screen title={t('settings.title')}>
      <div class="panel">
        <LanguageSetting />
        <AutoSaveSetting />
      </div>
      <section class="panel" aria-labelledby="settings-data">
        <h2 id="settings-data">{t('settings.data')}</h2>
        <BackupReminder />
        <h3>{t('backup.title')}</h3>
        <p class="muted">{t('backup.hint')}</p>
        <div class="button-row">
          <button type="button" class="button primary" onClick={() => void backUpNow().catch(reportStorageError)}>
            {t('backup.backUp')}
          </button>
        </div>
        <RestoreBackup />
        <h3>{t('export.title')}</h3>
        <ExportAll />
        <h3>{t('import.title')}</h3>
        <ImportVCards />
        <StorageStatusView />
        <ReaderPanel inSettings />
      </section>
      <section class="panel" aria-labelledby="settings-reminders">
        <h2 id="settings-reminders">{t('settings.followUps')}</h2>
        <NotificationSetting />
        <h3>{t('settings.emailTemplate')}</h3>
        <EmailTemplateSetting />
      </section>
      <section class="panel" aria-labelledby="settings-mail-filters">
        <h2 id="settings-mail-filters">{t('filters.title')}</h2>
        <MailFilters />
      </section>
      <section class="panel" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about')}</h2>
        <p>{t('settings.aboutBody')}</p>
        <p class="muted">{t('settings.version', { version: __APP_VERSION__ })}</p>
      </section>
    </Screen>
  );
}

// Whether scanned Meishi cards are saved at once (on by default).
function AutoSaveSetting(): JSX.Element {
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
