/** The languages the UI speaks. */
export const LOCALES = ['en', 'ja'] as const;
/** A UI language. */
export type Locale = (typeof LOCALES)[number];
/** A remembered choice: a language, or "follow the browser". */
export type LanguagePreference = Locale | 'auto';

/** Picks the first supported language from the browser's preference list (English if none). */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const match = LOCALES.find((l) => l === base);
    if (match) return match;
  }
  return 'en';
}

// Kept in localStorage, not IndexedDB, because it must be known synchronously before the
// first paint (no flash of the wrong language).
/** Where the language choice is remembered. */
export const LANGUAGE_STORAGE_KEY = 'meishi.language';

/** The remembered choice ("auto" when none, or when storage cannot be read). */
export function readPreference(): LanguagePreference {
  try {
    return parsePreference(localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return 'auto';
  }
}

/** The language to show for a choice: "auto" follows the browser. */
export function resolveLocale(preference: LanguagePreference): Locale {
  return preference === 'auto' ? pickLocale(navigator.languages ?? [navigator.language]) : preference;
}

/** Reads a stored preference, treating anything unknown as "auto". */
export function parsePreference(value: string | null): LanguagePreference {
  return value === 'en' || value === 'ja' ? value : 'auto';
}
