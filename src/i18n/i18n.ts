import { createMemo, createRoot, createSignal } from 'solid-js';
import { flatten, resolveTemplate, translator } from '@solid-primitives/i18n';
import { en } from './en';
import { ja } from './ja';
import { parsePreference, pickLocale, type LanguagePreference, type Locale } from './locale';

// The choice lives in localStorage, not IndexedDB, because it must be known synchronously
// before the first paint (no flash of the wrong language).
const STORAGE_KEY = 'meishi.language';
const dictionaries = { en: flatten(en), ja: flatten(ja) };

function readPreference(): LanguagePreference {
  try {
    return parsePreference(localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'auto';
  }
}

const store = createRoot(() => {
  const [preference, setPreferenceSignal] = createSignal<LanguagePreference>(readPreference());
  const locale = createMemo<Locale>(() => {
    const p = preference();
    return p === 'auto' ? pickLocale(navigator.languages ?? [navigator.language]) : p;
  });
  const t = translator(() => dictionaries[locale()], resolveTemplate);
  return { preference, setPreferenceSignal, locale, t };
});

/** The remembered language choice ("auto" follows the browser). */
export const languagePreference = store.preference;
/** The language the UI is in now. */
export const locale = store.locale;
/** Translates a message key, e.g. `t('nav.contacts')` or `t('settings.version', { version })`. */
export const t = store.t;

/** Changes the UI language and remembers it. */
export function setLanguagePreference(preference: LanguagePreference): void {
  store.setPreferenceSignal(preference);
  try {
    if (preference === 'auto') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Private mode without storage: the choice lasts for this visit only.
  }
}
