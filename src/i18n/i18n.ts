import { createRoot, createSignal } from 'solid-js';
import { flatten, translator, type BaseTemplateArgs, type Flatten, type TemplateResolver } from '@solid-primitives/i18n';
import type { BaseDictionary, Dictionary, DictionaryParts } from './en';
import { LANGUAGE_STORAGE_KEY as STORAGE_KEY, readPreference, resolveLocale, type LanguagePreference, type Locale } from './locale';
import { fill } from './first-look';

// Each language is its own chunk: the first paint loads only the one it shows.
const loaders: Record<Locale, () => Promise<BaseDictionary>> = {
  en: () => import('./en').then((m) => m.en),
  ja: () => import('./ja').then((m) => m.ja),
};
// Parts only later screens need, each its own chunk per language, loaded after the first paint.
const partLoaders: { [P in keyof DictionaryParts]: Record<Locale, () => Promise<DictionaryParts[P]>> } = {
  screens: {
    en: () => import('./en-screens').then((m) => m.screensEn),
    ja: () => import('./ja-screens').then((m) => m.screensJa),
  },
};
const loaded: Partial<Record<Locale, Flatten<Dictionary>>> = {};
// The parts asked for so far: a language switched to later loads them too.
const wantedParts = new Set<keyof DictionaryParts>();
const loadedParts: Record<Locale, Set<keyof DictionaryParts>> = { en: new Set(), ja: new Set() };

// Counts the parts merged into a dictionary: a message read before its part arrived shows once it has.
const [merged, setMerged] = createRoot(() => createSignal(0));

async function load(locale: Locale, parts: Iterable<keyof DictionaryParts>): Promise<void> {
  loaded[locale] ??= flatten(await loaders[locale]()) as Flatten<Dictionary>;
  for (const part of parts) {
    if (loadedParts[locale].has(part)) continue;
    const messages = flatten(await partLoaders[part][locale]());
    if (loadedParts[locale].has(part)) continue;
    Object.assign(loaded[locale]!, messages);
    loadedParts[locale].add(part);
    setMerged((n) => n + 1);
  }
}

// The library's own resolver hands each value to String.replace as replacement text, so a contact
// named "Tom $& Co" came out as "Tom {{ name }} Co" (in a toast, a reminder's calendar entry), and
// it compiles a pattern per value on every call (a search keystroke's count).
const fillSlots: TemplateResolver = (template, ...args) => {
  const values = args[0] as BaseTemplateArgs | undefined;
  return values ? fill(template, values) : template;
};

const store = createRoot(() => {
  const [preference, setPreferenceSignal] = createSignal<LanguagePreference>(readPreference());
  // The language shown: switches only once its dictionary is in memory.
  const [locale, setLocale] = createSignal<Locale>(resolveLocale(preference()));
  const t = translator(() => (merged(), loaded[locale()] ?? loaded.en ?? ({} as Flatten<Dictionary>)), fillSlots);
  return { preference, setPreferenceSignal, locale, setLocale, t };
});

/** The remembered language choice ("auto" follows the browser). */
export const languagePreference = store.preference;
/** The language the UI is in now. */
export const locale = store.locale;
/** A key of a message in the dictionary: a list of keys typed with it fails the type check when one is missing. */
export type MessageKey = { [K in keyof Flatten<Dictionary>]: Flatten<Dictionary>[K] extends string ? K : never }[keyof Flatten<Dictionary>];
/** Translates a message key, e.g. `t('nav.contacts')` or `t('settings.version', { version })`. */
export const t = store.t;

/** Loads the dictionary of the language the UI starts in; call before the first render. */
export function initI18n(): Promise<void> {
  // Only the first paint's messages: a part asked for already (Show's) loads beside the render.
  return load(store.locale(), []);
}

/** Loads a part of the dictionary for the UI language (and any language chosen later); await it before rendering the screens that use it. */
export async function loadMessages(part: keyof DictionaryParts): Promise<void> {
  wantedParts.add(part);
  await load(store.locale(), wantedParts);
}

/** Changes the UI language and remembers it. */
export async function setLanguagePreference(preference: LanguagePreference): Promise<void> {
  store.setPreferenceSignal(preference);
  try {
    if (preference === 'auto') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Private mode without storage: the choice lasts for this visit only.
  }
  const next = resolveLocale(preference);
  await load(next, wantedParts);
  store.setLocale(next);
}
