import type { JSX } from 'solid-js';
import { t, languagePreference, setLanguagePreference } from '../../i18n/i18n';
import { parsePreference } from '../../i18n/locale';

/** The language switch: English, 日本語, or follow the browser. */
export function LanguageSetting(): JSX.Element {
  return (
    <div class="field">
      <label for="language">{t('settings.language')}</label>
      <select
        id="language"
        value={languagePreference()}
        onChange={(e) => void setLanguagePreference(parsePreference(e.currentTarget.value))}
      >
        <option value="auto">{t('settings.languageAuto')}</option>
        {/* Each language is named in itself, so anyone can find their own. */}
        <option value="en" lang="en">English</option>
        <option value="ja" lang="ja">日本語</option>
      </select>
    </div>
  );
}
