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

/** Reads a stored preference, treating anything unknown as "auto". */
export function parsePreference(value: string | null): LanguagePreference {
  return value === 'en' || value === 'ja' ? value : 'auto';
}
