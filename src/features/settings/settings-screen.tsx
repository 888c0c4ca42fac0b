import type { JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { Screen } from '../../ui/screen';
import { AutoSaveSetting } from './auto-save-setting';
import { EmailTemplateSetting } from './email-template-setting';
import { LanguageSetting } from './language-setting';
import { NotificationSetting } from './notification-setting';

/** App-wide preferences and information. */
export function SettingsScreen(): JSX.Element {
  return (
    <Screen title={t('settings.title')}>
      <div class="panel">
        <LanguageSetting />
        <AutoSaveSetting />
      </div>
      <section class="panel" aria-labelledby="settings-reminders">
        <h2 id="settings-reminders">{t('settings.followUps')}</h2>
        <NotificationSetting />
        <h3>{t('settings.emailTemplate')}</h3>
        <EmailTemplateSetting />
      </section>
      <section class="panel" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about')}</h2>
        <p>{t('settings.aboutBody')}</p>
        <p class="muted">{t('settings.version', { version: __APP_VERSION__ })}</p>
      </section>
    </Screen>
  );
}
