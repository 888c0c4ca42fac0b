// English messages, one file per part of the app under ./en; ja.ts must have the same shape
// (the type checks it). The dictionary comes in two chunks per language: the first screen's
// messages (the frame and My card) load with the first paint, the rest (en-screens.ts) right
// after it and before any other screen shows. A visit loads only its own language.
import { shellEn } from './en/shell';
import { cardEn } from './en/card';
import type { screensEn } from './en-screens';

/** English messages loaded with the first paint: the shape every other language follows. */
export const en = { ...shellEn, ...cardEn };

/** The messages loaded with the first paint. */
export type BaseDictionary = typeof en;

/** Parts of the dictionary loaded after the first paint (see `loadMessages`), with the same shape in every language. */
export interface DictionaryParts {
  screens: typeof screensEn;
}

/** Every message, the parts included. */
export type Dictionary = BaseDictionary & DictionaryParts['screens'];
