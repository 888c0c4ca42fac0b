// English messages, one file per part of the app under ./en; ja.ts must have the same shape
// (the type checks it). The two languages are separate chunks: a visit loads only its own.
import { shellEn } from './en/shell';
import { cardEn } from './en/card';
import { scanEn } from './en/scan';
import { contactsEn } from './en/contacts';
import { eventsEn } from './en/events';
import { dataEn } from './en/data';
import { settingsEn } from './en/settings';
import { mailEn } from './en/mail';
import type { paperEn } from './en/paper';

/** English dictionary; the shape every other language follows. */
export const en = { ...shellEn, ...cardEn, ...scanEn, ...contactsEn, ...eventsEn, ...dataEn, ...settingsEn, ...mailEn };

/** The messages loaded with the first paint: the shape every other language follows. */
export type BaseDictionary = typeof en;

/**
 * Parts of the dictionary loaded with the screens that use them, not with the first paint
 * (see `loadMessages`): one file per part under ./en and ./ja, with the same shape.
 */
export interface DictionaryParts {
  paper: typeof paperEn;
}

/** Every message, the parts included. */
export type Dictionary = BaseDictionary & DictionaryParts['paper'];
