import type { JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { Screen } from '../../ui/screen';
import { LanguageSetting } from './language-setting';

/** App-wide preferences and information. */
export function SettingsScreen(): JSX.Element {
  return (
    <Screen title={t('settings.title')}>
      <div class="panel">
        <LanguageSetting />
      </div>
      <section class="panel" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about')}</h2>
        <p>{t('settings.aboutBody')}</p>
        <p class="muted">{t('settings.version', { version: __APP_VERSION__ })}</p>
      </section>
    </Screen>
  );
}
